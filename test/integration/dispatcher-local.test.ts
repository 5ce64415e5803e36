import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveProject } from '../../src/control-plane/domain/runs/derived-project.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newSecrets, startControlPlane, type ControlPlaneHandle } from '../support/platform.js';
import {
  dispatcherEnv,
  runEvents,
  scriptedCommand,
  seedProject,
  seedRun,
  waitFor,
  waitForStatus,
} from '../support/runs.js';

/** The dispatcher with the local launcher, one control-plane on real PostgreSQL. */
describe('dispatcher with the local launcher', () => {
  let db: TestDatabase;
  let controlPlane: ControlPlaneHandle;
  const worker = scriptedCommand();

  beforeAll(async () => {
    db = await createTestDatabase();
    controlPlane = await startControlPlane({
      databaseUrl: db.url,
      secrets: newSecrets(),
      env: dispatcherEnv({
        CODEXK8S_WORKER_JOB_COMMAND: worker.command,
        CODEXK8S_WORKER_JOB_ACTIVE_DEADLINE_SECONDS: '1',
      }),
    });
  });

  afterAll(async () => {
    await controlPlane?.process.stop();
    await db?.drop();
  });

  it('true succeeds, false fails, a command past its deadline fails; each with its flow events in order', async () => {
    const projectId = await seedProject(db, 'local-launcher');
    const ok = await seedRun(db, { projectId, id: crypto.randomUUID() });
    const bad = crypto.randomUUID();
    const slow = crypto.randomUUID();
    worker.script(ok.id, 'true');
    worker.script(bad, 'false');
    worker.script(slow, 'sleep 5');
    await seedRun(db, { projectId, id: bad });
    await seedRun(db, { projectId: null, id: slow, repositoryFullName: 'octo-org/slow-one' });

    await waitForStatus(db, ok.id, 'succeeded');
    await waitForStatus(db, bad, 'failed');
    const slowStartedAt = Date.now();
    await waitForStatus(db, slow, 'failed', 10_000);
    expect(Date.now() - slowStartedAt).toBeLessThan(4_000);

    const okEvents = await runEvents(db, ok.id);
    expect(okEvents.map((event) => event.eventType)).toEqual([
      'webhook.received',
      'run.started',
      'run.succeeded',
    ]);
    expect(okEvents[1]?.payload).toMatchObject({
      run_id: ok.id,
      job_name: `codex-k8s-run-${ok.id}`,
      slot_no: expect.any(Number),
    });
    expect(okEvents[1]?.actorType).toBe('system');

    const badEvents = await runEvents(db, bad);
    expect(badEvents.map((event) => event.eventType)).toEqual([
      'webhook.received',
      'run.started',
      'run.failed',
    ]);
    expect(badEvents[2]?.payload).toMatchObject({ reason: 'exit code 1' });

    const slowEvents = await runEvents(db, slow);
    expect(slowEvents.map((event) => event.eventType)).toEqual([
      'webhook.received',
      'run.started',
      'run.failed',
    ]);
    expect(String(slowEvents[2]?.payload.reason)).toMatch(/deadline/);

    const { rows } = await db.query<{
      id: string;
      started_at: Date | null;
      finished_at: Date | null;
      job_name: string;
    }>(`select id, started_at, finished_at, job_name from agent_runs where id = any($1::uuid[])`, [
      [ok.id, bad, slow],
    ]);
    for (const row of rows) {
      expect(row.started_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at!.getTime());
      expect(row.job_name).toBe(`codex-k8s-run-${row.id}`);
    }
    // Every slot is free again once its run finished.
    const leased = await db.query(`select 1 from slots where state <> 'free'`);
    expect(leased.rowCount).toBe(0);
  });

  it('gives a run without a project the project derived from its repository, and learning-mode runs an explanation', async () => {
    const first = await seedRun(db, {
      projectId: null,
      repositoryFullName: 'Octo-Org/Hello.World',
      learningMode: true,
    });
    const second = await seedRun(db, { projectId: null, repositoryFullName: 'Octo-Org/Hello.World' });
    const orphan = await seedRun(db, { projectId: null, repositoryFullName: null });
    await waitForStatus(db, first.id, 'succeeded');
    await waitForStatus(db, second.id, 'succeeded');
    await waitForStatus(db, orphan.id, 'failed');

    const expected = deriveProject('Octo-Org/Hello.World');
    const { rows } = await db.query<{ project_id: string; slug: string; name: string }>(
      `select r.project_id, p.slug, p.name from agent_runs r join projects p on p.id = r.project_id where r.id = any($1::uuid[])`,
      [[first.id, second.id]],
    );
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect(row).toEqual({
        project_id: expected.id,
        slug: 'octo-org-hello.world',
        name: 'Octo-Org/Hello.World',
      });

    const feedback = await db.query<{ kind: string; explanation: string }>(
      `select kind, explanation from learning_feedback where run_id = $1`,
      [first.id],
    );
    expect(feedback.rows).toHaveLength(1);
    expect(feedback.rows[0]?.kind).toBe('inline');
    expect(feedback.rows[0]?.explanation).toMatch(/Octo-Org\/Hello\.World/);
    expect(feedback.rows[0]?.explanation).toMatch(/succeeded/);
    const none = await db.query(`select 1 from learning_feedback where run_id = $1`, [second.id]);
    expect(none.rowCount).toBe(0);

    expect((await runEvents(db, orphan.id)).map((event) => event.eventType)).toEqual([
      'webhook.received',
      'run.failed.launch_error',
    ]);
  });

  it('exposes run transitions, slot occupancy and tick duration on /metrics', async () => {
    const text = await waitFor('metrics with transitions', async () => {
      const body = await (await fetch(`${controlPlane.httpUrl}/metrics`)).text();
      return body.includes('codexk8s_run_status_transitions_total{from="running",to="succeeded"')
        ? body
        : null;
    });
    expect(text).toMatch(/codexk8s_run_status_transitions_total\{from="pending",to="running"[^}]*\} [1-9]/);
    expect(text).toMatch(/codexk8s_run_status_transitions_total\{from="running",to="failed"[^}]*\} [1-9]/);
    expect(text).toMatch(/codexk8s_run_slots\{state="free"[^}]*\} [1-9]/);
    expect(text).toMatch(/codexk8s_dispatcher_tick_duration_seconds_count\{[^}]*result="ok"[^}]*\} [1-9]/);
  });
});
