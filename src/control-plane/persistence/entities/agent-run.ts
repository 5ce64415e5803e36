import { EntitySchema } from '@mikro-orm/core';
import { type RunStatus, runStatuses } from '../../../shared/contract/run-status.js';
import { ProjectEntity } from './project.js';
import { foreignKeyId } from './foreign-key.js';

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
  /** The run this one repeats (runs.rerun, `/codex retry`). */
  rerunOf: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** The run summary lists show, generated from the payload (SPEC §4). */
  eventType: string;
  action: string;
  repositoryFullName: string;
  senderLogin: string;
  /** Why the run started (the payload's `trigger`), generated; "" for runs from before triggers. */
  triggerKind: string;
  triggerValue: string;
  /** What a run row shows beyond the summary, generated from the payload (see the migration of issue 21). */
  runContext: Record<string, unknown>;
}

/** A summary column the database computes from the stored payload (lists read it instead of the payload). */
const fromPayload = (path: string) => ({
  type: 'text',
  generated: `(coalesce(run_payload${path}, '')) stored`,
});

export const AgentRunEntity = new EntitySchema<AgentRunRow>({
  name: 'AgentRunRow',
  tableName: 'agent_runs',
  properties: {
    id: { type: 'uuid', primary: true, defaultRaw: 'gen_random_uuid()' },
    correlationId: { type: 'text', unique: true },
    projectId: foreignKeyId(ProjectEntity, 'project_id', 'cascade', { nullable: true }),
    status: { enum: true, items: [...runStatuses], default: 'pending' },
    runPayload: { type: 'json', columnType: 'jsonb', default: '{}', lazy: true },
    learningMode: { type: 'boolean', default: false },
    jobName: { type: 'text', nullable: true },
    startedAt: { type: 'datetime', nullable: true },
    finishedAt: { type: 'datetime', nullable: true },
    rerunOf: {
      kind: 'm:1',
      entity: () => 'AgentRunRow',
      mapToPk: true,
      fieldName: 'rerun_of',
      nullable: true,
      deleteRule: 'set null',
      updateRule: 'no action',
    },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    eventType: fromPayload(`->>'event'`),
    action: fromPayload(`->>'action'`),
    repositoryFullName: fromPayload(`#>>'{repository,full_name}'`),
    senderLogin: fromPayload(`#>>'{sender,login}'`),
    triggerKind: fromPayload(`#>>'{trigger,kind}'`),
    triggerValue: fromPayload(`#>>'{trigger,value}'`),
    runContext: {
      type: 'json',
      columnType: 'jsonb',
      lazy: true,
      generated: `(jsonb_set(jsonb_set(jsonb_set(jsonb_set('{}'::jsonb, '{subject}', coalesce(run_payload->'subject', 'null'::jsonb)), '{instruction}', coalesce(run_payload->'instruction', 'null'::jsonb)), '{repository_url}', coalesce(run_payload#>'{raw_payload,repository,html_url}', 'null'::jsonb)), '{sender_url}', coalesce(run_payload#>'{raw_payload,sender,html_url}', 'null'::jsonb))) stored`,
    },
  },
  indexes: [
    {
      // runs.list's walk over the newest runs (keyset on created_at, id) keeps the member's projects
      // and the asked status without reading the rows it skips.
      name: 'agent_runs_created_cover_idx',
      expression:
        'create index agent_runs_created_cover_idx on agent_runs (created_at desc, id desc) include (project_id, status)',
    },
    {
      name: 'agent_runs_project_created_idx',
      expression:
        'create index agent_runs_project_created_idx on agent_runs (project_id, created_at desc, id desc)',
    },
    // runs.list's filters (issue 21), newest first like the list; the repository one also finds
    // `/codex retry`'s latest run of an issue or pull request.
    {
      name: 'agent_runs_repository_created_idx',
      expression:
        'create index agent_runs_repository_created_idx on agent_runs (lower(repository_full_name), created_at desc, id desc)',
    },
    {
      name: 'agent_runs_sender_created_idx',
      expression:
        'create index agent_runs_sender_created_idx on agent_runs (lower(sender_login), created_at desc, id desc)',
    },
    {
      name: 'agent_runs_trigger_created_idx',
      expression:
        'create index agent_runs_trigger_created_idx on agent_runs (trigger_value, created_at desc, id desc)',
    },
    // The dispatcher claims the oldest pending runs first.
    { name: 'agent_runs_status_created_idx', properties: ['status', 'createdAt', 'id'] },
    {
      name: 'agent_runs_rerun_of_idx',
      expression: 'create index agent_runs_rerun_of_idx on agent_runs (rerun_of) where rerun_of is not null',
    },
  ],
});
