import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import {
  newSecrets,
  startControlPlane,
  startEdge,
  type ControlPlaneHandle,
  type EdgeHandle,
} from '../support/platform.js';
import {
  dispatcherEnv,
  migrate,
  runEvents,
  scriptedCommand,
  seedProject,
  seedRun,
  waitForStatus,
} from '../support/runs.js';
import { openSse, type SseConnection } from '../support/sse.js';
import { devLogin } from '../support/staff-session.js';

interface EventJson {
  id: number;
  eventType: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

/** runs.cancel and runs.watchEvents through the real edge (tRPC over HTTP and SSE) and control-plane. */
describe('runs.cancel and runs.watchEvents', () => {
  let db: TestDatabase;
  let controlPlane: ControlPlaneHandle;
  let edge: EdgeHandle;
  const worker = scriptedCommand();
  const cookies: Record<'owner' | 'reader' | 'writer' | 'outsider', string> = {
    owner: '',
    reader: '',
    writer: '',
    outsider: '',
  };
  let projectId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrate(db);
    const secrets = newSecrets();
    controlPlane = await startControlPlane({
      databaseUrl: db.url,
      secrets,
      // One slot per project, so a run can be held pending behind another.
      env: {
        ...dispatcherEnv({
          CODEXK8S_WORKER_JOB_COMMAND: worker.command,
          CODEXK8S_WORKER_SLOTS_PER_PROJECT: '1',
        }),
        CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS: 'reader@example.com,writer@example.com,outsider@example.com',
      },
    });
    edge = await startEdge({ secrets, controlPlaneTarget: controlPlane.grpcTarget });
    projectId = await seedProject(db, 'live-project');
    await db.query(
      `insert into project_members (project_id, user_id, role)
       select $1, id, case email when 'reader@example.com' then 'read' else 'read_write' end from users
       where email in ('reader@example.com', 'writer@example.com')`,
      [projectId],
    );
    cookies.owner = await devLogin(edge.url, secrets.ownerEmail);
    cookies.reader = await devLogin(edge.url, 'reader@example.com');
    cookies.writer = await devLogin(edge.url, 'writer@example.com');
    cookies.outsider = await devLogin(edge.url, 'outsider@example.com');
  });

  afterAll(async () => {
    await edge?.process.stop();
    await controlPlane?.process.stop();
    await db?.drop();
  });

  async function cancel(
    who: keyof typeof cookies,
    runId: string,
  ): Promise<{ status: number; code?: string; run?: { status: string } }> {
    const response = await fetch(`${edge.url}/api/trpc/runs.cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies[who] },
      body: JSON.stringify({ runId }),
    });
    const body = (await response.json()) as {
      result?: { data?: { status: string } };
      error?: { data?: { code?: string } };
    };
    return { status: response.status, code: body.error?.data?.code, run: body.result?.data };
  }

  function watch(who: keyof typeof cookies, runId: string, lastEventId?: string): Promise<SseConnection> {
    const input = encodeURIComponent(JSON.stringify({ runId }));
    return openSse(`${edge.url}/api/trpc/runs.watchEvents?input=${input}`, {
      cookie: cookies[who],
      ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
    });
  }

  /** Runs the control-plane is streaming live to someone (its metrics). */
  async function watchedRuns(): Promise<number> {
    const text = await (await fetch(`${controlPlane.httpUrl}/metrics`)).text();
    const value = /^codexk8s_run_event_watched_runs(?:\{[^}]*\})? (\S+)$/m.exec(text)?.[1];
    return Number(value ?? NaN);
  }

  async function nextEvent(
    connection: SseConnection,
    timeoutMs = 5_000,
  ): Promise<EventJson & { sseId: string | undefined; receivedAt: number }> {
    const message = await connection.next(timeoutMs);
    if (message.event !== 'message')
      throw new Error(`expected an event, got ${message.event}: ${JSON.stringify(message.data)}`);
    return { ...(message.data as EventJson), sseId: message.id, receivedAt: message.receivedAt };
  }

  it('cancels a pending and a running run, delivers run.started and run.succeeded live within a second, refuses a finished run', async () => {
    // A long run holds the project's only slot, so the next ones wait as pending.
    const blocker = await seedRun(db, { projectId });
    worker.script(blocker.id, `sleep 3 && touch "${worker.dir}/${blocker.id}.done"`);
    await waitForStatus(db, blocker.id, 'running');
    const waiting = await seedRun(db, { projectId });
    const watched = await seedRun(db, { projectId });
    worker.script(watched.id, 'sleep 0.5');

    // Pending → canceled by a read_write member; it never starts.
    const pendingCancel = await cancel('writer', waiting.id);
    expect(pendingCancel).toMatchObject({ status: 200, run: { status: 'canceled' } });
    expect((await runEvents(db, waiting.id)).map((event) => event.eventType)).toEqual([
      'webhook.received',
      'run.canceled',
    ]);

    // A read-only member may watch: the backlog first, then live events.
    const stream = await watch('reader', watched.id);
    expect(stream.status).toBe(200);
    const received = await nextEvent(stream);
    expect(received.eventType).toBe('webhook.received');
    expect(received.sseId).toBe(String(received.id));
    expect(await watchedRuns()).toBe(1);

    // Running → canceled by the owner (admin): the slot frees and the watched run starts.
    expect((await cancel('reader', blocker.id)).code).toBe('FORBIDDEN');
    const runningCancel = await cancel('owner', blocker.id);
    expect(runningCancel).toMatchObject({ status: 200, run: { status: 'canceled' } });

    const started = await nextEvent(stream, 5_000);
    expect(started.eventType).toBe('run.started');
    expect(started.payload).toMatchObject({ job_name: `codex-k8s-run-${watched.id}`, slot_no: 0 });
    expect(started.receivedAt - Date.parse(started.createdAt)).toBeLessThan(1_000);
    const succeeded = await nextEvent(stream, 5_000);
    expect(succeeded.eventType).toBe('run.succeeded');
    expect(succeeded.receivedAt - Date.parse(succeeded.createdAt)).toBeLessThan(1_000);
    stream.close();

    // A reconnect with Last-Event-ID resumes right after it, without gaps or repeats.
    const resumed = await watch('reader', watched.id, String(started.id));
    expect((await nextEvent(resumed)).id).toBe(succeeded.id);
    resumed.close();

    // A watcher that leaves takes its control-plane stream with it: nothing is watched any more.
    await expect.poll(watchedRuns, { timeout: 5_000, interval: 100 }).toBe(0);

    // Finished runs cannot be canceled.
    await waitForStatus(db, watched.id, 'succeeded');
    expect(await cancel('owner', watched.id)).toMatchObject({ status: 412, code: 'PRECONDITION_FAILED' });
    expect((await runEvents(db, blocker.id)).map((event) => event.eventType)).toEqual([
      'webhook.received',
      'run.started',
      'run.canceled',
    ]);

    // The canceled run's process was killed: its marker never appears.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(existsSync(path.join(worker.dir, `${blocker.id}.done`))).toBe(false);
  });

  it('refuses a non-member: cancel is FORBIDDEN and the event stream answers with a FORBIDDEN error', async () => {
    const run = await seedRun(db, { projectId, status: 'succeeded' });
    expect(await cancel('outsider', run.id)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const stream = await watch('outsider', run.id);
    const message = await stream.next();
    stream.close();
    expect(message.event).toBe('serialized-error');
    expect(message.data).toMatchObject({ data: { code: 'FORBIDDEN' } });
    expect(await cancel('outsider', '00000000-0000-4000-8000-000000000000')).toMatchObject({
      code: 'NOT_FOUND',
    });
    const anonymous = await fetch(`${edge.url}/api/trpc/runs.cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ runId: run.id }),
    });
    expect(anonymous.status).toBe(401);
  });
});
