import { BigIntType, EntitySchema } from '@mikro-orm/core';

export type RunLogStream = 'stdout' | 'stderr' | 'system';

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
    runId: { type: 'uuid', primary: true },
    nextSeq: { type: new BigIntType('number'), default: 1 },
    bytes: { type: new BigIntType('number'), default: 0 },
    truncated: { type: 'boolean', default: false },
    sourceCursor: { type: 'text', nullable: true },
    closedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
  },
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
    runId: { type: 'uuid', primary: true },
    seq: { type: new BigIntType('number'), primary: true },
    stream: { type: 'text' },
    at: { type: 'datetime' },
    text: { type: 'text', lazy: true },
  },
});
