import { EntitySchema } from '@mikro-orm/core';

export type RunStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'canceled';

export interface AgentRunRow {
  id: string;
  correlationId: string;
  projectId: string | null;
  status: RunStatus;
  runPayload: Record<string, unknown>;
  learningMode: boolean;
  /** The Job (or local process) name once launched. */
  jobName: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const AgentRunEntity = new EntitySchema<AgentRunRow>({
  name: 'AgentRunRow',
  tableName: 'agent_runs',
  properties: {
    id: { type: 'uuid', primary: true, defaultRaw: 'gen_random_uuid()' },
    correlationId: { type: 'text', unique: true },
    projectId: { type: 'uuid', nullable: true },
    status: { type: 'text', default: 'pending' },
    runPayload: { type: 'json', columnType: 'jsonb', lazy: true },
    learningMode: { type: 'boolean', default: false },
    jobName: { type: 'text', nullable: true },
    startedAt: { type: 'datetime', nullable: true },
    finishedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
  },
});
