import { BigIntType, EntitySchema } from '@mikro-orm/core';
import { type RunStatus, runStatuses } from '../../../shared/contract/run-status.js';
import { AgentRunEntity } from './agent-run.js';
import { foreignKeyId } from './foreign-key.js';

/** The GitHub report outbox (SPEC §13): one row per reported run, written with each state change. */
export interface GitHubReportRow {
  runId: string;
  /** The run's latest state, the one left to report. */
  state: RunStatus;
  /** State changes so far; the sender delivers `version`, then sets `handledVersion` to it. */
  version: number;
  handledVersion: number;
  /** How the last handled version ended. */
  outcome: 'sent' | 'failed' | null;
  sentState: RunStatus | null;
  attempts: number;
  nextAttemptAt: Date;
  pendingSince: Date | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  /** The run's comment on its issue or pull request, once created. */
  commentId: number | null;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const githubReportOutcomes = ['sent', 'failed'] as const;

export const GitHubReportEntity = new EntitySchema<GitHubReportRow>({
  name: 'GitHubReportRow',
  tableName: 'github_reports',
  properties: {
    runId: { ...foreignKeyId(AgentRunEntity, 'run_id', 'cascade'), primary: true },
    state: { enum: true, items: [...runStatuses] },
    version: { type: 'integer', default: 1 },
    handledVersion: { type: 'integer', default: 0 },
    outcome: { enum: true, items: [...githubReportOutcomes], nullable: true },
    sentState: { enum: true, items: [...runStatuses], nullable: true },
    attempts: { type: 'integer', default: 0 },
    nextAttemptAt: { type: 'datetime', defaultRaw: 'now()' },
    pendingSince: { type: 'datetime', nullable: true, defaultRaw: 'now()' },
    leaseOwner: { type: 'text', nullable: true },
    leaseUntil: { type: 'datetime', nullable: true },
    commentId: { type: new BigIntType('number'), nullable: true },
    lastError: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
  },
  indexes: [
    {
      name: 'github_reports_due_idx',
      expression:
        'create index github_reports_due_idx on github_reports (next_attempt_at) where version > handled_version',
    },
  ],
  checks: [
    {
      name: 'github_reports_versions_check',
      expression: 'handled_version >= 0 and handled_version <= version',
    },
  ],
});
