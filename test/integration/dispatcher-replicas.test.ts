import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../support/cleanups.js';
import { type TestDatabase } from '../support/database.js';
import { newSecrets, startControlPlane, type ControlPlaneHandle } from '../support/platform.js';
import {
  dispatcherEnv,
  migratedTestDatabase,
  runEvents,
  seedProject,
  seedRun,
  waitFor,
  waitForStatus,
} from '../support/runs.js';

/** Several control-plane replicas dispatching from one PostgreSQL database. */
describe('dispatcher replicas', () => {
  const defer = cleanupAfterEach();
  const database = () => migratedTestDatabase(defer);

  async function replica(db: TestDatabase, env: Record<string, string>): Promise<ControlPlaneHandle> {
    const handle = await startControlPlane({
      databaseUrl: db.url,
      secrets: newSecrets(),
      env: dispatcherEnv(env),
    });
    defer(() => handle.process.stop());
    return handle;
  }

  it('two replicas run 60 runs of 6 projects with 2 slots each: never more than 2 at once per project, each run exactly once', async () => {
    const db = await database();
    const projects: string[] = [];
    for (let index = 0; index < 6; index += 1) projects.push(await seedProject(db, `replicas-${index}`));
    const runIds: string[] = [];
    for (let index = 0; index < 60; index += 1)
      runIds.push((await seedRun(db, { projectId: projects[index % 6]! })).id);

    const env = { CODEXK8S_WORKER_POLL_INTERVAL: '50ms', CODEXK8S_WORKER_JOB_COMMAND: 'sleep 0.2' };
    await Promise.all([replica(db, env), replica(db, env)]);

    // Sample the running runs per project until everything finished.
    let samples = 0;
    let maxRunningPerProject = 0;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await db.query<{ running: number; unfinished: number }>(
        `select coalesce(max(running), 0)::int as running, (select count(*)::int from agent_runs where status in ('pending', 'running')) as unfinished
         from (select count(*) as running from agent_runs where status = 'running' group by project_id) per_project`,
      );
      samples += 1;
      maxRunningPerProject = Math.max(maxRunningPerProject, rows[0]!.running);
      if (rows[0]!.unfinished === 0) break;
      if (Date.now() > deadline) throw new Error('runs did not finish within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(samples).toBeGreaterThan(20);
    expect(maxRunningPerProject).toBe(2);

    const statuses = await db.query<{ status: string; count: number }>(
      `select status, count(*)::int as count from agent_runs group by status`,
    );
    expect(statuses.rows).toEqual([{ status: 'succeeded', count: 60 }]);

    // Exactly one start and one finish per run; both replicas took part.
    const events = await db.query<{
      run_id: string;
      event_type: string;
      dispatcher: string | null;
      slot_no: number | null;
      created_at: Date;
    }>(
      `select r.id as run_id, e.event_type, e.payload->>'dispatcher' as dispatcher, (e.payload->>'slot_no')::int as slot_no, e.created_at
       from flow_events e join agent_runs r on r.correlation_id = e.correlation_id where e.event_type like 'run.%' order by e.id`,
    );
    const byRun = new Map<string, string[]>();
    for (const event of events.rows)
      byRun.set(event.run_id, [...(byRun.get(event.run_id) ?? []), event.event_type]);
    expect(byRun.size).toBe(60);
    for (const types of byRun.values()) expect(types).toEqual(['run.started', 'run.succeeded']);
    const dispatchers = new Set(
      events.rows.filter((event) => event.event_type === 'run.started').map((event) => event.dispatcher),
    );
    expect(dispatchers.size).toBe(2);

    // No slot was ever held by two runs at once: per (project, slot), the [started, finished] intervals never overlap.
    const leases = await db.query<{
      project_id: string;
      slot_no: number;
      started_at: Date;
      finished_at: Date;
    }>(
      `select r.project_id, (e.payload->>'slot_no')::int as slot_no, r.started_at, r.finished_at
       from agent_runs r join flow_events e on e.correlation_id = r.correlation_id and e.event_type = 'run.started'
       order by r.project_id, slot_no, r.started_at`,
    );
    expect(leases.rows).toHaveLength(60);
    for (let index = 1; index < leases.rows.length; index += 1) {
      const previous = leases.rows[index - 1]!;
      const current = leases.rows[index]!;
      expect([0, 1]).toContain(current.slot_no);
      if (previous.project_id === current.project_id && previous.slot_no === current.slot_no) {
        expect(current.started_at.getTime()).toBeGreaterThanOrEqual(previous.finished_at.getTime());
      }
    }
    const slots = await db.query<{ count: number }>(`select count(*)::int as count from slots`);
    expect(slots.rows[0]?.count).toBe(12);
  });

  it('a replica killed mid-run: its leases expire, another replica settles its runs and reuses the slots', async () => {
    const db = await database();
    const projectId = await seedProject(db, 'killed-replica');
    const first = await seedRun(db, { projectId });
    const second = await seedRun(db, { projectId });
    const lease = { CODEXK8S_WORKER_SLOT_LEASE_TTL: '1500ms' };

    const doomed = await replica(db, { ...lease, CODEXK8S_WORKER_JOB_COMMAND: 'sleep 4' });
    await waitForStatus(db, first.id, 'running');
    await waitForStatus(db, second.id, 'running');
    await doomed.process.stop('SIGKILL');
    const killedAt = Date.now();

    const third = await seedRun(db, { projectId });
    await replica(db, { ...lease, CODEXK8S_WORKER_JOB_COMMAND: 'true' });

    // The local launcher's processes died with their replica: the survivor finds no such process.
    await waitForStatus(db, first.id, 'failed');
    await waitForStatus(db, second.id, 'failed');
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(1_000);
    for (const run of [first, second]) {
      expect((await runEvents(db, run.id)).map((event) => event.eventType)).toEqual([
        'webhook.received',
        'run.started',
        'run.failed.job_not_found',
      ]);
    }
    await waitForStatus(db, third.id, 'succeeded');
    const thirdStart = (await runEvents(db, third.id)).find((event) => event.eventType === 'run.started');
    expect([0, 1]).toContain(thirdStart?.payload.slot_no);

    const slots = await waitFor('all slots free', async () => {
      const { rows } = await db.query<{ slot_no: number; state: string }>(
        `select slot_no, state from slots where project_id = $1 order by slot_no`,
        [projectId],
      );
      return rows.every((row) => row.state === 'free') ? rows : null;
    });
    expect(slots).toEqual([
      { slot_no: 0, state: 'free' },
      { slot_no: 1, state: 'free' },
    ]);
    const unfinished = await db.query(`select 1 from agent_runs where status in ('pending', 'running')`);
    expect(unfinished.rowCount).toBe(0);
  });
});
