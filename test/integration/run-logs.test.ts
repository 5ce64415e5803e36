import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AesGcmTokenCipher } from '../../src/control-plane/crypto/token-cipher.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import {
  newSecrets,
  startControlPlane,
  startEdge,
  type ControlPlaneHandle,
  type EdgeHandle,
  type PlatformSecrets,
} from '../support/platform.js';
import {
  dispatcherEnv,
  migrate,
  runEvents,
  scriptedCommand,
  seedProject,
  seedRun,
  waitFor,
  waitForStatus,
} from '../support/runs.js';
import { openSse, type SseConnection } from '../support/sse.js';
import { devLogin, trpcQuery } from '../support/staff-session.js';

interface ChunkJson {
  seq: number;
  stream: 'stdout' | 'stderr' | 'system';
  at: string;
  text: string;
}

const maxBytes = 512 * 1024;
const repositoryToken = `repo-token-${randomUUID()}`;
const plantedToken = `ghp_${'Zq8'.repeat(12)}`;

/**
 * Run logs (SPEC §12) through the real processes: the local launcher's capture into PostgreSQL,
 * redaction, the cap, runs.logs, runs.watchLogs over SSE and the log.txt download, with their
 * refusals; and what a control-plane restart does to a local run's log.
 */
describe('run logs', () => {
  let db: TestDatabase;
  let secrets: PlatformSecrets;
  let env: Record<string, string>;
  let controlPlane: ControlPlaneHandle;
  let edge: EdgeHandle;
  const worker = scriptedCommand();
  const cookies = { owner: '', reader: '', outsider: '' };
  let projectId: string;
  let repositoryId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrate(db);
    secrets = newSecrets();
    env = {
      ...dispatcherEnv({
        CODEXK8S_WORKER_JOB_COMMAND: worker.command,
        CODEXK8S_WORKER_SLOTS_PER_PROJECT: '4',
        // A restarted control-plane takes over the old one's runs once their leases expire.
        CODEXK8S_WORKER_SLOT_LEASE_TTL: '2s',
      }),
      CODEXK8S_RUN_LOG_MAX_BYTES: String(maxBytes),
      CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS: 'reader@example.com,outsider@example.com',
    };
    controlPlane = await startControlPlane({ databaseUrl: db.url, secrets, env });
    edge = await startEdge({ secrets, controlPlaneTarget: controlPlane.grpcTarget });
    projectId = await seedProject(db, 'logs-project');
    await db.query(
      `insert into project_members (project_id, user_id, role) select $1, id, 'read' from users where email = 'reader@example.com'`,
      [projectId],
    );
    const cipher = new AesGcmTokenCipher(Buffer.from(secrets.tokenEncryptionKey, 'base64'));
    const { rows } = await db.query<{ id: string }>(
      `insert into repositories (project_id, provider, external_id, owner, name, token_encrypted)
       values ($1, 'github', 4242, 'octo-org', 'logs', $2) returning id`,
      [projectId, cipher.encrypt(repositoryToken)],
    );
    repositoryId = rows[0]!.id;
    cookies.owner = await devLogin(edge.url, secrets.ownerEmail);
    cookies.reader = await devLogin(edge.url, 'reader@example.com');
    cookies.outsider = await devLogin(edge.url, 'outsider@example.com');
  }, 120_000);

  afterAll(async () => {
    await edge?.process.stop();
    await controlPlane?.process.stop();
    await db?.drop();
  });

  /** A run of the test project whose worker runs `shell`. */
  async function run(shell: string, payload?: Record<string, unknown>): Promise<string> {
    const id = randomUUID();
    worker.script(id, shell);
    await seedRun(db, { projectId, id, payload });
    return id;
  }

  async function storedChunks(runId: string): Promise<ChunkJson[]> {
    const { rows } = await db.query<{ seq: string; stream: ChunkJson['stream']; at: Date; text: string }>(
      'select seq, stream, at, text from run_log_chunks where run_id = $1 order by seq',
      [runId],
    );
    return rows.map((row) => ({
      seq: Number(row.seq),
      stream: row.stream,
      at: row.at.toISOString(),
      text: row.text,
    }));
  }

  async function logClosed(runId: string): Promise<boolean> {
    const { rows } = await db.query('select 1 from run_logs where run_id = $1 and closed_at is not null', [
      runId,
    ]);
    return rows.length === 1;
  }

  /** Every page of runs.logs. */
  async function apiChunks(runId: string, who: keyof typeof cookies = 'owner'): Promise<ChunkJson[]> {
    const chunks: ChunkJson[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof trpcQuery<{ items: ChunkJson[]; nextCursor: string | null }>>> =
        await trpcQuery<{ items: ChunkJson[]; nextCursor: string | null }>(
          edge.url,
          'runs.logs',
          { cookie: cookies[who] },
          { runId, limit: 1000, ...(cursor ? { cursor } : {}) },
        );
      expect(page.status).toBe(200);
      chunks.push(...page.data!.items);
      cursor = page.data!.nextCursor;
    } while (cursor);
    return chunks;
  }

  function download(runId: string, cookie?: string): Promise<Response> {
    return fetch(`${edge.url}/api/v1/runs/${runId}/log.txt`, { headers: cookie ? { cookie } : {} });
  }

  function watch(runId: string, cookie: string, lastEventId?: string): Promise<SseConnection> {
    const input = encodeURIComponent(JSON.stringify({ runId }));
    return openSse(`${edge.url}/api/trpc/runs.watchLogs?input=${input}`, {
      cookie,
      ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
    });
  }

  /** Chunks of an SSE stream until the server ends it. */
  async function readToEnd(
    stream: SseConnection,
  ): Promise<{ chunks: ChunkJson[]; ids: string[]; end: string }> {
    const chunks: ChunkJson[] = [];
    const ids: string[] = [];
    for (;;) {
      const message = await stream.next(15_000);
      if (message.event !== 'message') return { chunks, ids, end: message.event };
      chunks.push(message.data as ChunkJson);
      ids.push(message.id ?? '');
    }
  }

  const textOf = (chunks: ChunkJson[], stream?: ChunkJson['stream']) =>
    chunks
      .filter((chunk) => stream === undefined || chunk.stream === stream)
      .map((chunk) => chunk.text)
      .join('');

  it('stores every line a local run prints on both streams once, in order, in batched chunks', async () => {
    const runId = await run(
      `i=0; while [ $i -lt 10000 ]; do echo "out $i"; echo "err $i" >&2; i=$((i+1)); done`,
    );
    await waitForStatus(db, runId, 'succeeded', 60_000);
    // The run is reported finished only once its output is stored.
    expect(await logClosed(runId)).toBe(true);
    const chunks = await storedChunks(runId);
    const expected = (prefix: string) =>
      Array.from({ length: 10_000 }, (_, i) => `${prefix} ${i}\n`).join('');
    expect(textOf(chunks, 'stdout')).toBe(expected('out'));
    expect(textOf(chunks, 'stderr')).toBe(expected('err'));
    expect(chunks.map((chunk) => chunk.seq)).toEqual(chunks.map((_, index) => index + 1));
    // Batches, not a row per line.
    expect(chunks.length).toBeLessThan(2_000);

    // The API pages through the same chunks; the download is the same text, streams kept line by line.
    expect(await apiChunks(runId)).toEqual(chunks);
    const file = await download(runId, cookies.reader);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="codex-k8s-run-${runId}.log"`);
    const lines = (await file.text()).split('\n').filter(Boolean);
    expect(lines).toHaveLength(20_000);
    expect(lines.filter((line) => line.startsWith('out ')).join('\n') + '\n').toBe(expected('out'));
    expect(lines.filter((line) => line.startsWith('err ')).join('\n') + '\n').toBe(expected('err'));
  }, 90_000);

  it('never lets the repository token, a planted ghp_ token or a configured secret reach the database, the API or the download', async () => {
    const half = (text: string) => [text.slice(0, text.length / 2), text.slice(text.length / 2)];
    const [tokenA, tokenB] = half(repositoryToken);
    const [plantedA, plantedB] = half(plantedToken);
    // Each secret is written in two pieces with a pause between them (the first is stored alone).
    const runId = await run(
      [
        `printf 'clone https://x-access-token:${tokenA}'`,
        'sleep 0.4',
        `printf '${tokenB}@github.com/octo-org/logs\\n'`,
        `printf 'export GITHUB_TOKEN=${plantedA}' >&2`,
        'sleep 0.4',
        `printf '${plantedB}\\n' >&2`,
        `echo "internal ${secrets.internalToken} and Authorization: Bearer abc.def-ghi"`,
        'echo done',
      ].join('; '),
      { project: { id: projectId, repository_id: repositoryId, binding_resolved: true } },
    );
    const stream = await watch(runId, cookies.reader);
    await waitForStatus(db, runId, 'succeeded', 30_000);
    const live = await readToEnd(stream);
    stream.close();

    const stored = textOf(await storedChunks(runId));
    const api = textOf(await apiChunks(runId, 'reader'));
    const file = await (await download(runId, cookies.reader)).text();
    for (const [where, text] of Object.entries({ stored, api, file, live: textOf(live.chunks) })) {
      expect(text, where).toContain('clone https://x-access-token:***@github.com/octo-org/logs\n');
      expect(text, where).toContain('export GITHUB_TOKEN=***\n');
      expect(text, where).toContain('internal *** and Authorization: Bearer ***\n');
      expect(text, where).toContain('done\n');
      for (const secret of [
        repositoryToken,
        tokenA,
        tokenB,
        plantedToken,
        plantedA,
        plantedB,
        secrets.internalToken,
      ])
        expect(text, where).not.toContain(secret);
    }
    // Nothing of them anywhere in the tables either (the payload of the run aside, which names no token).
    const { rows } = await db.query<{ hits: string }>(
      `select count(*) as hits from run_log_chunks where text like any($1::text[])`,
      [[repositoryToken, tokenA, tokenB, plantedA, plantedB].map((secret) => `%${secret}%`)],
    );
    expect(Number(rows[0]?.hits)).toBe(0);
  }, 60_000);

  it('cuts a run that prints past the cap at the cap, with one [log truncated] line, and lets the run finish', async () => {
    const runId = await run(
      `yes 'a line of a run that goes on and on' | head -c 3000000; echo after-the-flood`,
    );
    await waitForStatus(db, runId, 'succeeded', 60_000);
    const chunks = await storedChunks(runId);
    const { rows } = await db.query<{ bytes: string }>(
      'select sum(octet_length(text)) as bytes from run_log_chunks where run_id = $1',
      [runId],
    );
    expect(Number(rows[0]?.bytes)).toBeLessThanOrEqual(maxBytes);
    expect(Number(rows[0]?.bytes)).toBeGreaterThan(maxBytes - 64 * 1024);
    expect(chunks.at(-1)).toMatchObject({ stream: 'system', text: '[log truncated]\n' });
    expect(chunks.filter((chunk) => chunk.stream === 'system')).toHaveLength(1);
    const text = textOf(chunks, 'stdout');
    expect(text.startsWith('a line of a run that goes on and on\n'.repeat(100))).toBe(true);
    expect(text).not.toContain('after-the-flood');
    const file = await (await download(runId, cookies.owner)).text();
    expect(file.endsWith('\n[log truncated]\n')).toBe(true);
  }, 90_000);

  it('streams a running log live over SSE, resumes after lastEventId and ends once the run finished and its log drained', async () => {
    const runId = await run(
      `for i in 1 2 3 4 5 6; do echo "tick $i"; sleep 0.3; done; echo "to stderr" >&2; printf 'no newline at the end'`,
    );
    const stream = await watch(runId, cookies.reader);
    expect(stream.status).toBe(200);
    const first = await stream.next(15_000);
    expect(first.event).toBe('message');
    expect((first.data as ChunkJson).text).toMatch(/^tick 1\n/);
    // The first chunk arrived while the run was still printing.
    expect(await logClosed(runId)).toBe(false);
    const rest = await readToEnd(stream);
    stream.close();
    const all = [first.data as ChunkJson, ...rest.chunks];
    expect(rest.end).toBe('return');
    expect(await waitForStatus(db, runId, 'succeeded')).toBe(true);
    expect(all).toEqual(await storedChunks(runId));
    expect(textOf(all, 'stdout')).toBe(
      'tick 1\ntick 2\ntick 3\ntick 4\ntick 5\ntick 6\nno newline at the end',
    );
    expect(textOf(all, 'stderr')).toBe('to stderr\n');
    expect([first.id, ...rest.ids]).toEqual(all.map((chunk) => String(chunk.seq)));

    // A reconnect with Last-Event-ID gets exactly what came after it, then the end.
    const resumed = await watch(runId, cookies.reader, String(all[0]!.seq));
    const after = await readToEnd(resumed);
    resumed.close();
    expect(after.chunks).toEqual(all.slice(1));
    expect(after.end).toBe('return');
  }, 60_000);

  it('refuses whoever may not read the run, on all three ways in, and bad input with a message naming it', async () => {
    const runId = await run('echo visible to members only');
    await waitForStatus(db, runId, 'succeeded');
    const orphan = randomUUID();
    await seedRun(db, { projectId: null, id: orphan, status: 'succeeded' });

    // A non-member of the run's project, and a member for a run without a project (admins only).
    for (const [who, id] of [
      ['outsider', runId],
      ['reader', orphan],
    ] as const) {
      expect(
        (await trpcQuery(edge.url, 'runs.logs', { cookie: cookies[who] }, { runId: id })).errorCode,
      ).toBe('FORBIDDEN');
      const stream = await watch(id, cookies[who]);
      const message = await stream.next();
      stream.close();
      expect(message.event).toBe('serialized-error');
      expect(message.data).toMatchObject({ data: { code: 'FORBIDDEN' } });
      const file = await download(id, cookies[who]);
      expect(file.status).toBe(403);
      expect(await file.text()).not.toContain('visible to members only');
    }
    expect(
      (await trpcQuery(edge.url, 'runs.logs', { cookie: cookies.owner }, { runId: orphan })).status,
    ).toBe(200);

    // Signed out.
    expect((await trpcQuery(edge.url, 'runs.logs', {}, { runId })).status).toBe(401);
    expect((await download(runId)).status).toBe(401);
    const anonymous = await watch(runId, '');
    const refusal = await anonymous.next();
    anonymous.close();
    expect(refusal.data).toMatchObject({ data: { code: 'UNAUTHORIZED' } });

    // A user deleted after signing in: the session still verifies, the control-plane refuses.
    await db.query(`insert into users (email) values ('gone@example.com')`);
    const gone = await devLogin(edge.url, 'gone@example.com');
    await db.query(`delete from users where email = 'gone@example.com'`);
    expect((await trpcQuery(edge.url, 'runs.logs', { cookie: gone }, { runId })).errorCode).toBe('FORBIDDEN');
    expect((await download(runId, gone)).status).toBe(403);

    // Unknown runs and malformed input.
    const unknown = randomUUID();
    expect(
      (await trpcQuery(edge.url, 'runs.logs', { cookie: cookies.owner }, { runId: unknown })).errorCode,
    ).toBe('NOT_FOUND');
    expect((await download(unknown, cookies.owner)).status).toBe(404);
    const badLimit = await fetch(
      `${edge.url}/api/trpc/runs.logs?input=${encodeURIComponent(JSON.stringify({ runId, limit: 1001 }))}`,
      { headers: { cookie: cookies.owner } },
    );
    expect(badLimit.status).toBe(400);
    expect(await badLimit.text()).toContain('limit: must be at most 1000');
    const badId = await download('not-a-run', cookies.owner);
    expect(badId.status).toBe(400);
    expect(await badId.text()).toContain('runId');
  }, 60_000);

  it('after a control-plane restart, a local run it was running fails and its log says the rest was not captured', async () => {
    const runId = await run(`echo before the restart; sleep 2; echo after the restart`);
    await waitFor('the first line stored', async () =>
      textOf(await storedChunks(runId)).includes('before the restart\n'),
    );
    await controlPlane.process.stop('SIGKILL');
    controlPlane = await startControlPlane({
      databaseUrl: db.url,
      secrets,
      env,
      grpcPort: controlPlane.grpcPort,
    });
    await waitForStatus(db, runId, 'failed', 30_000);
    expect((await runEvents(db, runId)).at(-1)?.eventType).toBe('run.failed.job_not_found');
    await waitFor('the log closed', () => logClosed(runId));
    const chunks = await storedChunks(runId);
    expect(textOf(chunks, 'stdout')).toBe('before the restart\n');
    expect(chunks.at(-1)?.stream).toBe('system');
    expect(chunks.at(-1)?.text).toMatch(/control-plane .* restarted.*not captured/);
  }, 90_000);
});
