import { existsSync } from 'node:fs';
import { decodeJwt } from 'jose';
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
import { trpc } from '../support/staff-api-client.js';
import { devLogin, staffCookieName, trpcQuery } from '../support/staff-session.js';

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
  /** The same control-plane behind a second edge whose sessions last 3 s and which trusts proxy headers. */
  let shortSessionEdge: EdgeHandle;
  const cookies: Record<
    'owner' | 'reader' | 'writer' | 'outsider' | 'leaver' | 'doomed' | 'demoted',
    string
  > = {
    owner: '',
    reader: '',
    writer: '',
    outsider: '',
    leaver: '',
    doomed: '',
    demoted: '',
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
        CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS:
          'reader@example.com,writer@example.com,outsider@example.com,leaver@example.com,doomed@example.com',
        CODEXK8S_BOOTSTRAP_PLATFORM_ADMIN_EMAILS: 'demoted@example.com',
      },
    });
    [edge, shortSessionEdge] = await Promise.all([
      startEdge({ secrets, controlPlaneTarget: controlPlane.grpcTarget }),
      startEdge({
        secrets,
        controlPlaneTarget: controlPlane.grpcTarget,
        env: { CODEXK8S_JWT_TTL: '3s', CODEXK8S_TRUST_PROXY_AUTH_HEADERS: 'true' },
      }),
    ]);
    projectId = await seedProject(db, 'live-project');
    await db.query(
      `insert into project_members (project_id, user_id, role)
       select $1, id, case email when 'reader@example.com' then 'read' else 'read_write' end from users
       where email in ('reader@example.com', 'writer@example.com', 'leaver@example.com', 'doomed@example.com')`,
      [projectId],
    );
    cookies.owner = await devLogin(edge.url, secrets.ownerEmail);
    cookies.reader = await devLogin(edge.url, 'reader@example.com');
    cookies.writer = await devLogin(edge.url, 'writer@example.com');
    cookies.outsider = await devLogin(edge.url, 'outsider@example.com');
    for (const who of ['leaver', 'doomed', 'demoted'] as const)
      cookies[who] = await devLogin(edge.url, `${who}@example.com`);
  });

  afterAll(async () => {
    await Promise.all([edge?.process.stop(), shortSessionEdge?.process.stop()]);
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
    return watchOn(edge, runId, {
      cookie: cookies[who],
      ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
    });
  }

  function watchOn(on: EdgeHandle, runId: string, headers: Record<string, string>): Promise<SseConnection> {
    const input = encodeURIComponent(JSON.stringify({ runId }));
    return openSse(`${on.url}/api/trpc/runs.watchEvents?input=${input}`, headers);
  }

  /** A flow event committed now, as any part of the platform would (the live feed polls the table). */
  async function appendEvent(correlationId: string, eventType: string): Promise<void> {
    await db.query(
      `insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload) values ($1, 'system', 'test', $2, '{}'::jsonb)`,
      [correlationId, eventType],
    );
  }

  /** The stream's next message is its terminal error, and then it ends. */
  async function expectEndsWith(
    connection: SseConnection,
    expected: { code: string; message: string },
    timeoutMs = 10_000,
  ): Promise<number> {
    const message = await connection.next(timeoutMs);
    expect(message.event).toBe('serialized-error');
    expect(message.data).toMatchObject({ message: expected.message, data: { code: expected.code } });
    await expect(connection.next(2_000)).rejects.toThrow('the event stream ended');
    return message.receivedAt;
  }

  async function userId(email: string): Promise<string> {
    const { rows } = await db.query<{ id: string }>('select id from users where email = $1', [email]);
    return rows[0]!.id;
  }

  async function asOwner(procedure: string, input: unknown): Promise<number> {
    const token = cookies.owner.slice(`${staffCookieName}=`.length);
    return (await trpc(edge.url, procedure, 'mutation', input, token)).status;
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

  it('ends live streams whose access is revoked with FORBIDDEN "access revoked": member removed, user deleted, admin flag removed (run without project); allowed streams keep going; run logs too', async () => {
    const run = await seedRun(db, { projectId, status: 'succeeded' });
    const orphan = await seedRun(db, { projectId: null, status: 'succeeded' });
    // A running run's log stream stays open until the run ends: only the revocation can end it.
    const running = await seedRun(db, { projectId });
    worker.script(running.id, 'sleep 30');
    await waitForStatus(db, running.id, 'running');
    const logInput = encodeURIComponent(JSON.stringify({ runId: running.id }));
    const leaverLogs = await openSse(`${edge.url}/api/trpc/runs.watchLogs?input=${logInput}`, {
      cookie: cookies.leaver,
    });
    expect(leaverLogs.status).toBe(200);
    const streams = {
      leaver: await watch('leaver', run.id),
      doomed: await watch('doomed', run.id),
      demoted: await watch('demoted', orphan.id),
      reader: await watch('reader', run.id),
      owner: await watch('owner', orphan.id),
    };
    for (const stream of Object.values(streams))
      expect((await nextEvent(stream)).eventType).toBe('webhook.received');

    // Each revocation through the staff API, by the owner.
    expect(await asOwner('members.delete', { projectId, userId: await userId('leaver@example.com') })).toBe(
      200,
    );
    expect(await asOwner('users.delete', { userId: await userId('doomed@example.com') })).toBe(200);
    expect(await asOwner('users.create', { email: 'demoted@example.com', isPlatformAdmin: false })).toBe(200);

    await expectEndsWith(streams.leaver, {
      code: 'FORBIDDEN',
      message: 'access revoked: not a member of this project',
    });
    await expectEndsWith(leaverLogs, {
      code: 'FORBIDDEN',
      message: 'access revoked: not a member of this project',
    });
    expect((await cancel('owner', running.id)).status).toBe(200);
    await expectEndsWith(streams.doomed, {
      code: 'FORBIDDEN',
      message: 'access revoked: the signed-in user is no longer allowed',
    });
    await expectEndsWith(streams.demoted, {
      code: 'FORBIDDEN',
      message: 'access revoked: runs without a project are visible to platform admins only',
    });

    // The reader and the owner are still allowed: their streams outlived the re-checks and get new events live.
    await appendEvent(run.correlationId, 'test.after_revocations');
    await appendEvent(orphan.correlationId, 'test.after_revocations');
    expect((await nextEvent(streams.reader)).eventType).toBe('test.after_revocations');
    expect((await nextEvent(streams.owner)).eventType).toBe('test.after_revocations');
    streams.reader.close();
    streams.owner.close();

    // A deleted user's session is over everywhere: auth.me answers 401 although the token has not expired.
    expect(await trpcQuery(edge.url, 'auth.me', { cookie: cookies.doomed })).toMatchObject({
      status: 401,
      errorCode: 'UNAUTHORIZED',
    });
    await expect.poll(watchedRuns, { timeout: 5_000, interval: 100 }).toBe(0);
  });

  it('ends a live stream when its session expires: UNAUTHORIZED at the exp of a cookie or Bearer token; a trusted-proxy stream closes quietly and resumes on reconnect', async () => {
    const run = await seedRun(db, { projectId, status: 'succeeded' });
    // Sessions of this edge last 3 s.
    const cookie = await devLogin(shortSessionEdge.url, 'reader@example.com');
    const token = cookie.slice(`${staffCookieName}=`.length);
    const expiresAtMs = (decodeJwt(token).exp ?? 0) * 1000;
    const byCookie = await watchOn(shortSessionEdge, run.id, { cookie });
    const byBearer = await watchOn(shortSessionEdge, run.id, { authorization: `Bearer ${token}` });
    const proxyHeaders = { 'x-auth-request-email': 'reader@example.com' };
    const byProxy = await watchOn(shortSessionEdge, run.id, proxyHeaders);
    const first = await nextEvent(byCookie);
    await nextEvent(byBearer);
    await nextEvent(byProxy);

    for (const stream of [byCookie, byBearer]) {
      const endedAt = await expectEndsWith(stream, {
        code: 'UNAUTHORIZED',
        message: 'session expired: sign in again',
      });
      expect(endedAt).toBeGreaterThanOrEqual(expiresAtMs);
    }

    // Behind the proxy the edge cannot see when the proxy's session ends: the stream closes
    // without an error after one JWT lifetime, so an EventSource reconnects and the proxy vouches again.
    await expect(byProxy.next(10_000)).rejects.toThrow('the event stream ended');
    const resumed = await watchOn(shortSessionEdge, run.id, {
      ...proxyHeaders,
      'last-event-id': String(first.id),
    });
    await appendEvent(run.correlationId, 'test.after_reconnect');
    expect((await nextEvent(resumed)).eventType).toBe('test.after_reconnect');
    resumed.close();
  });
});
