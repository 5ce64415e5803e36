import { BigIntType, EntitySchema } from '@mikro-orm/core';
import { AgentRunEntity } from './agent-run.js';
import { foreignKeyId } from './foreign-key.js';

export type RunLogStream = 'stdout' | 'stderr' | 'system';

const streams: readonly RunLogStream[] = ['stdout', 'stderr', 'system'];

/** One captured run's log: where writing resumes and whether the capture is complete (SPEC §12). */
export interface RunLogRow {
  runId: string;
  nextSeq: number;
  bytes: number;
  truncated: boolean;
  sourceCursor: string | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const RunLogEntity = new EntitySchema<RunLogRow>({
  name: 'RunLogRow',
  tableName: 'run_logs',
  properties: {
    runId: { ...foreignKeyId(AgentRunEntity, 'run_id', 'cascade'), primary: true },
    nextSeq: { type: new BigIntType('number'), default: 1 },
    bytes: { type: new BigIntType('number'), default: 0 },
    truncated: { type: 'boolean', default: false },
    sourceCursor: { type: 'text', nullable: true },
    closedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
  },
  // Retention deletes logs by their last write.
  indexes: [{ name: 'run_logs_updated_at_idx', properties: ['updatedAt'] }],
  checks: [
    { name: 'run_logs_next_seq_check', expression: 'next_seq >= 1' },
    { name: 'run_logs_bytes_check', expression: 'bytes >= 0' },
  ],
});

/** A batch of one stream's output. */
export interface RunLogChunkRow {
  runId: string;
  seq: number;
  stream: RunLogStream;
  at: Date;
  text: string;
}

export const RunLogChunkEntity = new EntitySchema<RunLogChunkRow>({
  name: 'RunLogChunkRow',
  tableName: 'run_log_chunks',
  properties: {
    runId: { ...foreignKeyId(RunLogEntity, 'run_id', 'cascade'), primary: true },
    seq: { type: new BigIntType('number'), primary: true },
    stream: { enum: true, items: [...streams] },
    at: { type: 'datetime' },
    text: { type: 'text', lazy: true },
  },
  checks: [{ name: 'run_log_chunks_seq_check', expression: 'seq >= 1' }],
});
