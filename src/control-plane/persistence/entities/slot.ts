import { EntitySchema } from '@mikro-orm/core';

export type SlotState = 'free' | 'leased' | 'releasing';

export interface SlotRow {
  id: string;
  projectId: string;
  slotNo: number;
  state: SlotState;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  /** The run holding the lease (unique while set: a run holds at most one slot). */
  runId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const SlotEntity = new EntitySchema<SlotRow>({
  name: 'SlotRow',
  tableName: 'slots',
  properties: {
    id: { type: 'uuid', primary: true, defaultRaw: 'gen_random_uuid()' },
    projectId: { type: 'uuid' },
    slotNo: { type: 'integer' },
    state: { type: 'text', default: 'free' },
    leaseOwner: { type: 'text', nullable: true },
    leaseUntil: { type: 'datetime', nullable: true },
    runId: { type: 'uuid', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
  },
});
