import { EntitySchema } from '@mikro-orm/core';
import { type SlotState } from '../../domain/runs/ports.js';
import { AgentRunEntity } from './agent-run.js';
import { ProjectEntity } from './project.js';
import { foreignKeyId } from './foreign-key.js';

export const slotStates: readonly SlotState[] = ['free', 'leased', 'releasing'];

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
    projectId: foreignKeyId(ProjectEntity, 'project_id', 'cascade'),
    slotNo: { type: 'integer' },
    state: { enum: true, items: [...slotStates], default: 'free' },
    leaseOwner: { type: 'text', nullable: true },
    leaseUntil: { type: 'datetime', nullable: true },
    runId: foreignKeyId(AgentRunEntity, 'run_id', 'set null'),
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
  },
  uniques: [
    { name: 'slots_project_slot_no_key', properties: ['projectId', 'slotNo'] },
    {
      name: 'slots_run_id_key',
      expression: 'create unique index slots_run_id_key on slots (run_id) where run_id is not null',
    },
  ],
  checks: [
    { name: 'slots_slot_no_check', expression: 'slot_no >= 0' },
    // A slot has a lease owner exactly when it is not free.
    { name: 'slots_lease_consistent', expression: "(state = 'free') = (lease_owner is null)" },
  ],
});
