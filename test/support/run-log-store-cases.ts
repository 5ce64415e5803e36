/**
 * The run log store's cases against a real database (SPEC §12): the fence, paging with a byte cap,
 * abandoning, the live feed's end, and retention swept by two replicas at once. Shared by the
 * PostgreSQL test and the embedded-PGlite platform test, which runs them on its own database.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RunLogFeed } from '../../src/control-plane/domain/run-logs/run-log-feed.js';
import { RunLogRetention } from '../../src/control-plane/domain/run-logs/retention.js';
import { migrateUp, openDatabase, type MikroORM } from '../../src/control-plane/persistence/orm.js';
import { SqlRunLogStore } from '../../src/control-plane/persistence/stores/run-log-store.js';

/** Declares the cases in the calling describe; `databaseUrl` is read once its beforeAll ran. */
export function runLogStoreCases(databaseUrl: () => string): void {
  let orm: MikroORM;
  let other: MikroORM;
  let client: pg.Client;
  let store: SqlRunLogStore;

  beforeAll(async () => {
    const url = databaseUrl();
    orm = await openDatabase({ url, poolMax: 1 });
    await migrateUp(orm);
    // A second replica's connection pool.
    other = await openDatabase({ url, poolMax: 1 });
    client = new pg.Client({ connectionString: url });
    await client.connect();
    store = new SqlRunLogStore(orm);
  }, 60_000);

  afterAll(async () => {
    await client?.end();
    await other?.close();
    await orm?.close();
  });

  async function seedRun(status = 'running'): Promise<string> {
    const id = randomUUID();
    await client.query(`insert into agent_runs (id, correlation_id, status) values ($1, $2, $3)`, [
      id,
      `delivery-${id}`,
      status,
    ]);
    return id;
  }

  const chunk = (text: string, stream: 'stdout' | 'stderr' = 'stdout') => ({ stream, at: new Date(), text });

  it('appends batches behind a fence, pages them with a byte cap, and abandons only open logs', async () => {
    const runId = await seedRun();
    expect(await store.openLog(runId)).toEqual({
      nextSeq: 1,
      bytes: 0,
      truncated: false,
      closed: false,
      sourceCursor: null,
    });
    const texts = Array.from({ length: 7 }, (_, index) => `${'é'.repeat(20)} ${index}\n`);
    const bytes = (list: string[]) => list.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const first = texts.slice(0, 4);
    expect(
      await store.append({
        runId,
        expectedNextSeq: 1,
        chunks: first.map((text, index) => chunk(text, index % 2 ? 'stderr' : 'stdout')),
        bytes: bytes(first),
        truncated: false,
        sourceCursor: 'cursor-1',
        close: false,
      }),
    ).toBe(true);
    // A writer that did not see that batch is refused, and stores nothing.
    const stale = { runId, expectedNextSeq: 1, chunks: [chunk('stale\n')], bytes: 6, truncated: false };
    expect(await store.append({ ...stale, sourceCursor: null, close: false })).toBe(false);
    const rest = texts.slice(4);
    expect(
      await store.append({
        runId,
        expectedNextSeq: 5,
        chunks: rest.map((text) => chunk(text)),
        bytes: bytes(rest),
        truncated: false,
        sourceCursor: null,
        close: false,
      }),
    ).toBe(true);
    expect(await store.openLog(runId)).toMatchObject({
      nextSeq: 8,
      bytes: bytes(texts),
      sourceCursor: 'cursor-1',
    });

    // Pages of at most 3 chunks, stopped early at 100 bytes (each chunk is 43): two per page.
    const pages: string[][] = [];
    let cursor = '';
    do {
      const page = await store.listChunks(runId, { limit: 3, cursor }, 100);
      pages.push(page.items.map((item) => item.text));
      expect(
        page.items.every((item, index, items) => index === 0 || item.seq === items[index - 1]!.seq + 1),
      ).toBe(true);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flat()).toEqual(texts);
    // Past the byte cap, the first chunk of a page still comes.
    expect((await store.listChunks(runId, { limit: 3, cursor: '' }, 1)).items).toHaveLength(1);

    await store.abandon(runId, '[capture ended]\n', 1024 * 1024);
    const closed = await store.openLog(runId);
    expect(closed).toMatchObject({ closed: true, nextSeq: 9 });
    await store.abandon(runId, '[again]\n', 1024 * 1024);
    const all = await store.listChunks(runId, { limit: 100, cursor: '' }, 1024 * 1024);
    expect(all.items.at(-1)).toMatchObject({ seq: 8, stream: 'system', text: '[capture ended]\n' });
    expect(all.items).toHaveLength(8);
    // A closed log takes no more chunks.
    expect(
      await store.append({
        runId,
        expectedNextSeq: 9,
        chunks: [chunk('late\n')],
        bytes: 5,
        truncated: false,
        sourceCursor: null,
        close: false,
      }),
    ).toBe(false);
  });

  it('feeds a watcher the stored chunks and new ones, and ends it once the run finished and its log closed', async () => {
    const runId = await seedRun();
    const state = await store.openLog(runId);
    await store.append({
      runId,
      expectedNextSeq: state.nextSeq,
      chunks: [chunk('one\n'), chunk('two\n', 'stderr')],
      bytes: 8,
      truncated: false,
      sourceCursor: null,
      close: false,
    });
    const feed = new RunLogFeed({ store, intervalMs: 20 });
    const abort = new AbortController();
    const seen: string[] = [];
    const reading = (async () => {
      for await (const item of feed.subscribe(runId, 0, abort.signal)) seen.push(`${item.seq}:${item.text}`);
    })();
    await expect.poll(() => seen.length).toBe(2);
    await store.append({
      runId,
      expectedNextSeq: 3,
      chunks: [chunk('three\n')],
      bytes: 6,
      truncated: false,
      sourceCursor: null,
      close: true,
    });
    await expect.poll(() => seen.length).toBe(3);
    // Closed but the run still running: the watcher waits for the run to finish.
    expect(
      await Promise.race([reading.then(() => 'ended'), new Promise((r) => setTimeout(() => r('open'), 100))]),
    ).toBe('open');
    await client.query(`update agent_runs set status = 'succeeded', finished_at = now() where id = $1`, [
      runId,
    ]);
    await reading;
    expect(seen).toEqual(['1:one\n', '2:two\n', '3:three\n']);
    expect(feed.watchedRuns).toBe(0);
    // A finished run that never had a log ends at once.
    const never = await seedRun('failed');
    const none: unknown[] = [];
    for await (const item of feed.subscribe(never, 0, abort.signal)) none.push(item);
    expect(none).toEqual([]);
    feed.close();
  });

  it('deletes logs not written for longer than the retention, with chunks, while replicas sweep at once', async () => {
    const expired: string[] = [];
    for (let index = 0; index < 24; index++) {
      const runId = await seedRun('succeeded');
      await store.openLog(runId);
      await store.append({
        runId,
        expectedNextSeq: 1,
        chunks: [chunk('old\n')],
        bytes: 4,
        truncated: false,
        sourceCursor: null,
        close: true,
      });
      expired.push(runId);
    }
    await client.query(
      `update run_logs set updated_at = now() - interval '31 days' where run_id = any($1::uuid[])`,
      [expired],
    );
    const fresh = await seedRun('succeeded');
    await store.openLog(fresh);
    await store.append({
      runId: fresh,
      expectedNextSeq: 1,
      chunks: [chunk('new\n')],
      bytes: 4,
      truncated: false,
      sourceCursor: null,
      close: true,
    });

    const retentionMs = 30 * 24 * 3600 * 1000;
    const sweeps = [orm, other].map((replica) =>
      new RunLogRetention({
        store: new SqlRunLogStore(replica),
        retentionMs,
        intervalMs: 60_000,
        batchSize: 5,
      }).sweep(),
    );
    const deleted = await Promise.all(sweeps);
    expect(deleted[0]! + deleted[1]!).toBe(24);
    const { rows } = await client.query<{ run_id: string }>(
      'select distinct run_id from run_log_chunks where run_id = any($1::uuid[])',
      [[...expired, fresh]],
    );
    expect(rows.map((row) => row.run_id)).toEqual([fresh]);
    expect(
      (await client.query('select 1 from run_logs where run_id = any($1::uuid[])', [expired])).rowCount,
    ).toBe(0);
  });
}
