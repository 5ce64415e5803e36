import { type MikroORM } from '@mikro-orm/postgresql';
import {
  type RunLogAppend,
  type RunLogChunk,
  type RunLogChunkOf,
  type RunLogProgress,
  type RunLogReadStore,
  type RunLogRetentionStore,
  type RunLogState,
  type RunLogStream,
  type RunLogWriterStore,
} from '../../domain/run-logs/ports.js';
import { type Page, type PageRequest } from '../../domain/staff-call/pagination.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { inTransaction } from './transactor.js';
import { z } from 'zod';
import { column } from './rows.js';
import { execute, query, queryOne, sqlCount, uuidArrayLiteral, type SqlValue } from './sql.js';

const stateRow = z.object({
  next_seq: column.bigint,
  bytes: column.bigint,
  truncated: column.boolean,
  source_cursor: column.text.nullable(),
  closed: column.boolean,
});

const runLogStreams: readonly RunLogStream[] = ['stdout', 'stderr', 'system'];

const chunkRow = z.object({
  seq: column.bigint,
  stream: column.oneOf(runLogStreams),
  at: column.timestamp,
  text: column.text,
});

/**
 * How long a finished run's unclosed log is still waited for: a capture that has not closed it by
 * then belonged to a control-plane that is gone (the dispatcher closes such logs when it settles
 * the run; this is the backstop for the live feed).
 */
const unclosedLogGraceSeconds = 30;

function toChunk(row: z.output<typeof chunkRow>): RunLogChunk {
  return { seq: row.seq, stream: row.stream, at: row.at, text: row.text };
}

/** `run_logs` and `run_log_chunks`: capture, staff reads, the live feed and retention. */
export class SqlRunLogStore implements RunLogWriterStore, RunLogReadStore, RunLogRetentionStore {
  constructor(private readonly orm: MikroORM) {}

  async openLog(runId: string): Promise<RunLogState> {
    const row = await queryOne(
      this.orm,
      stateRow,
      `with created as (
         insert into run_logs (run_id) values (?) on conflict (run_id) do nothing
         returning next_seq, bytes, truncated, source_cursor, closed_at is not null as closed)
       select * from created
       union all
       select next_seq, bytes, truncated, source_cursor, closed_at is not null from run_logs where run_id = ?
       limit 1`,
      [runId, runId],
    );
    if (!row) throw new Error(`run log of ${runId} could not be opened`);
    return {
      nextSeq: row.next_seq,
      bytes: row.bytes,
      truncated: row.truncated,
      closed: row.closed,
      sourceCursor: row.source_cursor,
    };
  }

  /**
   * One statement: the state moves on only if `next_seq` is still what the writer expects and the
   * log is open, and the chunks are inserted only if it did.
   */
  async append(input: RunLogAppend): Promise<boolean> {
    const bindings: SqlValue[] = [
      input.chunks.length,
      input.bytes,
      input.truncated,
      input.sourceCursor,
      input.close,
      input.runId,
      input.expectedNextSeq,
    ];
    const values = input.chunks.map((chunk, index) => {
      bindings.push(input.expectedNextSeq + index, chunk.stream, chunk.at, chunk.text);
      return '(?::bigint, ?::text, ?::timestamptz, ?::text)';
    });
    const insert =
      values.length > 0
        ? `, inserted as (
             insert into run_log_chunks (run_id, seq, stream, at, text)
             select moved.run_id, v.seq, v.stream, v.at, v.text
             from moved cross join (values ${values.join(', ')}) as v (seq, stream, at, text)
             returning 1)`
        : '';
    const row = await queryOne(
      this.orm,
      z.object({ moved: column.bigint }),
      `with moved as (
         update run_logs set next_seq = next_seq + ?, bytes = bytes + ?, truncated = truncated or ?,
           source_cursor = coalesce(?, source_cursor),
           closed_at = case when ? then now() else closed_at end, updated_at = now()
         where run_id = ? and next_seq = ? and closed_at is null
         returning run_id)${insert}
       select count(*) as moved from moved`,
      bindings,
    );
    return (row?.moved ?? 0) === 1;
  }

  async abandon(runId: string, line: string, maxBytes: number): Promise<void> {
    await inTransaction(this.orm, async () => {
      const state = await queryOne(
        this.orm,
        stateRow.pick({ next_seq: true, bytes: true, truncated: true }),
        'select next_seq, bytes, truncated from run_logs where run_id = ? and closed_at is null for update',
        [runId],
      );
      if (!state) return;
      const lineBytes = Buffer.byteLength(line);
      const fits = !state.truncated && state.bytes + lineBytes <= maxBytes;
      if (fits)
        await execute(
          this.orm,
          `insert into run_log_chunks (run_id, seq, stream, at, text) values (?, ?, 'system', now(), ?)`,
          [runId, state.next_seq, line],
        );
      await execute(
        this.orm,
        `update run_logs set next_seq = next_seq + ?, bytes = bytes + ?, closed_at = now(), updated_at = now()
         where run_id = ?`,
        [fits ? 1 : 0, fits ? lineBytes : 0, runId],
      );
    });
  }

  async findRepositoryToken(runId: string): Promise<Buffer | null> {
    const row = await queryOne(
      this.orm,
      z.object({ token_encrypted: z.instanceof(Buffer) }),
      `select p.token_encrypted from agent_runs r
       join repositories p on p.id::text = r.run_payload#>>'{project,repository_id}'
       where r.id = ?`,
      [runId],
    );
    return row?.token_encrypted ?? null;
  }

  async findRun(runId: string): Promise<{ projectId: string | null } | null> {
    const row = await queryOne(
      this.orm,
      z.object({ project_id: column.text.nullable() }),
      'select project_id from agent_runs where id = ?',
      [runId],
    );
    return row ? { projectId: row.project_id } : null;
  }

  /**
   * A running total of the text sizes (read from the stored values' headers, without decompressing
   * them) keeps a page within `maxBytes`, its first chunk always included. Only the chunks kept are
   * then read whole.
   */
  async listChunks(runId: string, page: PageRequest, maxBytes: number): Promise<Page<RunLogChunk>> {
    const afterSeq = Number(decodeCursor('runLogs', page.cursor, ['number'])?.[0] ?? 0);
    const rows = await query(
      this.orm,
      chunkRow.extend({ fetched: column.bigint }),
      `with candidates as (
         select seq, sum(octet_length(text)) over (order by seq) as upto,
           row_number() over (order by seq) as position, count(*) over () as fetched
         from (select seq, text from run_log_chunks where run_id = ? and seq > ?
               order by seq limit ${sqlCount(page.limit + 1)}) s
       )
       select c.seq, c.stream, c.at, c.text, candidates.fetched
       from candidates join run_log_chunks c on c.run_id = ? and c.seq = candidates.seq
       where candidates.upto <= ? or candidates.position = 1 order by c.seq`,
      [runId, afterSeq, runId, maxBytes],
    );
    const items = rows.slice(0, page.limit);
    const more = (rows[0]?.fetched ?? 0) > items.length;
    const last = items[items.length - 1];
    return {
      items: items.map(toChunk),
      nextCursor: more && last ? encodeCursor('runLogs', [last.seq]) : '',
    };
  }

  async chunksAfter(
    cursors: readonly { runId: string; afterSeq: number }[],
    perRunLimit: number,
  ): Promise<RunLogChunkOf[]> {
    if (cursors.length === 0) return [];
    const rows = await query(
      this.orm,
      chunkRow.extend({ run_id: column.text }),
      `select w.run_id, c.seq, c.stream, c.at, c.text
       from unnest(?::uuid[], ?::bigint[]) as w (run_id, after_seq)
       cross join lateral (
         select seq, stream, at, text from run_log_chunks
         where run_id = w.run_id and seq > w.after_seq order by seq limit ${sqlCount(perRunLimit)}
       ) c
       order by w.run_id, c.seq`,
      [
        uuidArrayLiteral(cursors.map((cursor) => cursor.runId)),
        `{${cursors.map((cursor) => String(cursor.afterSeq)).join(',')}}`,
      ],
    );
    return rows.map((row) => ({ runId: row.run_id, ...toChunk(row) }));
  }

  async progress(runIds: readonly string[]): Promise<RunLogProgress[]> {
    if (runIds.length === 0) return [];
    const rows = await query(
      this.orm,
      z.object({ id: column.text, last_seq: column.bigint, complete: column.boolean }),
      `select r.id, coalesce(l.next_seq - 1, 0) as last_seq,
         r.status in ('succeeded', 'failed', 'canceled')
           and (l.run_id is null or l.closed_at is not null
                or r.finished_at < now() - make_interval(secs => ?)) as complete
       from agent_runs r left join run_logs l on l.run_id = r.id
       where r.id = any(?::uuid[])`,
      [unclosedLogGraceSeconds, uuidArrayLiteral(runIds)],
    );
    const found = new Map(rows.map((row) => [row.id, row]));
    return runIds.map((runId) => {
      const row = found.get(runId);
      return row
        ? { runId, lastSeq: row.last_seq, complete: row.complete }
        : { runId, lastSeq: 0, complete: true };
    });
  }

  async deleteExpiredLogs(retentionMs: number, limit: number): Promise<number> {
    const rows = await query(
      this.orm,
      z.object({ run_id: column.text }),
      `delete from run_logs where run_id in (
         select run_id from run_logs where updated_at < now() - make_interval(secs => ?)
         order by updated_at limit ${sqlCount(limit)} for update skip locked)
       returning run_id`,
      [retentionMs / 1000],
    );
    return rows.length;
  }
}
