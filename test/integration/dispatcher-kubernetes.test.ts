import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ControlPlaneClient } from '../../src/edge/control-plane/client.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startFakeKubernetes, type FakeKubernetes } from '../support/fake-kubernetes.js';
import {
  newSecrets,
  startControlPlane,
  type ControlPlaneHandle,
  type PlatformSecrets,
} from '../support/platform.js';
import {
  dispatcherEnv,
  migrate,
  runEvents,
  runStatus,
  seedProject,
  seedRun,
  waitFor,
  waitForStatus,
} from '../support/runs.js';

const namespace = 'codex-runs-test';

/** The dispatcher with the Kubernetes launcher against a fake API server speaking the real Job paths. */
describe('dispatcher with the kubernetes launcher', () => {
  let db: TestDatabase;
  let kube: FakeKubernetes;
  let secrets: PlatformSecrets;
  let env: Record<string, string>;
  let controlPlane: ControlPlaneHandle;
  let projectId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrate(db);
    kube = await startFakeKubernetes();
    secrets = newSecrets();
    env = dispatcherEnv({
      CODEXK8S_RUN_LAUNCHER: 'kubernetes',
      CODEXK8S_KUBECONFIG: kube.kubeconfigPath,
      CODEXK8S_WORKER_K8S_NAMESPACE: namespace,
      CODEXK8S_WORKER_JOB_IMAGE: 'registry.example.com/agent:1.2.3',
      CODEXK8S_WORKER_JOB_COMMAND: 'echo codex-k8s run && sleep 2',
      CODEXK8S_WORKER_JOB_BACKOFF_LIMIT: '0',
      CODEXK8S_WORKER_JOB_ACTIVE_DEADLINE_SECONDS: '900',
      CODEXK8S_WORKER_JOB_TTL_SECONDS: '600',
      CODEXK8S_WORKER_SLOTS_PER_PROJECT: '4',
      CODEXK8S_WORKER_SLOT_LEASE_TTL: '1500ms',
    });
    projectId = await seedProject(db, 'kube-project');
    controlPlane = await startControlPlane({ databaseUrl: db.url, secrets, env });
  });

  afterAll(async () => {
    await controlPlane?.process.stop();
    await kube?.close();
    await db?.drop();
  });

  const jobOf = (runId: string) =>
    waitFor(`job of ${runId}`, async () => kube.job(namespace, `codex-k8s-run-${runId}`));

  it('creates the Job of SPEC §7 and maps Complete and Failed to the run status', async () => {
    const run = await seedRun(db, { projectId });
    const job = await jobOf(run.id);
    expect(job.metadata.name).toBe(`codex-k8s-run-${run.id}`);
    expect(job.metadata.namespace).toBe(namespace);
    expect(job.metadata.labels).toMatchObject({
      'codexk8s.io/run-id': run.id,
      'codexk8s.io/project-id': projectId,
    });
    expect(job.metadata.annotations).toEqual({ 'codexk8s.io/correlation-id': run.correlationId });
    expect(job.spec).toMatchObject({
      backoffLimit: 0,
      activeDeadlineSeconds: 900,
      ttlSecondsAfterFinished: 600,
    });
    const pod = job.spec?.template?.spec;
    expect(pod?.restartPolicy).toBe('Never');
    expect(pod?.containers).toHaveLength(1);
    expect(pod?.containers?.[0]).toMatchObject({
      image: 'registry.example.com/agent:1.2.3',
      command: ['sh', '-c', 'echo codex-k8s run && sleep 2'],
    });
    const create = kube.requests.find(
      (request) =>
        request.method === 'POST' && request.path === `/apis/batch/v1/namespaces/${namespace}/jobs`,
    );
    expect(create?.authorization).toBe(`Bearer ${kube.token}`);

    await waitForStatus(db, run.id, 'running');
    kube.finishJob(namespace, job.metadata.name, 'Complete');
    await waitForStatus(db, run.id, 'succeeded');
    expect((await runEvents(db, run.id)).map((event) => event.eventType)).toEqual([
      'webhook.received',
      'run.started',
      'run.succeeded',
    ]);

    const failing = await seedRun(db, { projectId });
    const failingJob = await jobOf(failing.id);
    kube.finishJob(namespace, failingJob.metadata.name, 'Failed', 'DeadlineExceeded');
    await waitForStatus(db, failing.id, 'failed');
    const events = await runEvents(db, failing.id);
    expect(events.map((event) => event.eventType)).toEqual(['webhook.received', 'run.started', 'run.failed']);
    expect(events[2]?.payload.reason).toMatch(/DeadlineExceeded/);
  });

  it('fails a run whose Job disappeared as job_not_found', async () => {
    const run = await seedRun(db, { projectId });
    const job = await jobOf(run.id);
    await waitForStatus(db, run.id, 'running');
    kube.removeJob(namespace, job.metadata.name);
    await waitForStatus(db, run.id, 'failed');
    expect((await runEvents(db, run.id)).map((event) => event.eventType)).toEqual([
      'webhook.received',
      'run.started',
      'run.failed.job_not_found',
    ]);
  });

  it('treats 409 AlreadyExists on create as launched', async () => {
    const runId = randomUUID();
    const name = `codex-k8s-run-${runId}`;
    kube.putJob(namespace, {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name, labels: { 'created-by': 'someone-else' } },
    });
    await seedRun(db, { projectId, id: runId });
    await waitFor('the create attempt', async () =>
      kube.requests.find(
        (request) =>
          request.method === 'POST' &&
          (request.body as { metadata?: { name?: string } })?.metadata?.name === name,
      ),
    );
    // Still the Job that was there; the run is running on it, not failed as a launch error.
    await waitForStatus(db, runId, 'running');
    expect(kube.job(namespace, name)?.metadata.labels).toEqual({ 'created-by': 'someone-else' });
    kube.finishJob(namespace, name, 'Complete');
    await waitForStatus(db, runId, 'succeeded');
    expect((await runEvents(db, runId)).map((event) => event.eventType)).toEqual([
      'webhook.received',
      'run.started',
      'run.succeeded',
    ]);
  });

  it('cancel deletes the Job and marks the run canceled', async () => {
    const run = await seedRun(db, { projectId });
    const job = await jobOf(run.id);
    await waitForStatus(db, run.id, 'running');
    const { rows } = await db.query<{ id: string }>(`select id from users where email = $1`, [
      secrets.ownerEmail,
    ]);
    const client = new ControlPlaneClient({
      target: controlPlane.grpcTarget,
      internalToken: secrets.internalToken,
      deadlineMs: 5_000,
    });
    try {
      const response = await client.call('cancelRun', {
        principal: { userId: rows[0]!.id, email: secrets.ownerEmail },
        runId: run.id,
      });
      expect(response.run?.status).toBe('canceled');
    } finally {
      client.close();
    }
    expect(kube.job(namespace, job.metadata.name)).toBeUndefined();
    expect(
      kube.requests.some(
        (request) => request.method === 'DELETE' && request.path.endsWith(`/jobs/${job.metadata.name}`),
      ),
    ).toBe(true);
    const events = await runEvents(db, run.id);
    expect(events.map((event) => event.eventType)).toEqual([
      'webhook.received',
      'run.started',
      'run.canceled',
    ]);
    expect(events[2]).toMatchObject({ actorType: 'staff', actorId: rows[0]!.id });
    await waitFor('the slot released', async () => {
      const slot = await db.query(`select 1 from slots where run_id = $1`, [run.id]);
      return slot.rowCount === 0;
    });
  });

  it('a replica killed mid-run: another adopts the lease and finishes the run from its Job', async () => {
    const run = await seedRun(db, { projectId });
    const job = await jobOf(run.id);
    await waitForStatus(db, run.id, 'running');
    await controlPlane.process.stop('SIGKILL');

    controlPlane = await startControlPlane({ databaseUrl: db.url, secrets, env });
    // The Job outlived its dispatcher: once the lease expires, the new replica reconciles it.
    const newOwner = await waitFor('the lease adopted', async () => {
      const { rows } = await db.query<{ lease_owner: string }>(
        `select lease_owner from slots where run_id = $1`,
        [run.id],
      );
      const owner = rows[0]?.lease_owner;
      return owner?.includes(`:${controlPlane.process.child.pid}:`) ? owner : null;
    });
    expect(newOwner).toContain(`:${controlPlane.process.child.pid}:`);
    expect(await runStatus(db, run.id)).toBe('running');
    kube.finishJob(namespace, job.metadata.name, 'Complete');
    await waitForStatus(db, run.id, 'succeeded');
    expect((await runEvents(db, run.id)).map((event) => event.eventType)).toEqual([
      'webhook.received',
      'run.started',
      'run.succeeded',
    ]);
  });

  it("follows the pod's log, and after a control-plane SIGKILL mid-run stores exactly what the pod printed", async () => {
    const run = await seedRun(db, { projectId });
    const job = await jobOf(run.id);
    const jobName = job.metadata.name;
    await waitFor('the pod', async () => kube.podOf(namespace, jobName));
    const printed: string[] = [];
    const print = (lines: string[], at?: bigint) => {
      kube.print(namespace, jobName, lines, at);
      printed.push(...lines);
    };
    const stored = async () => {
      const { rows } = await db.query<{ text: string; stream: string }>(
        'select text, stream from run_log_chunks where run_id = $1 order by seq',
        [run.id],
      );
      return rows;
    };
    const storedText = async () => (await stored()).map((row) => row.text).join('');

    print(['\u001b[32mstarting\u001b[0m', 'step 1', 'step 2']);
    await waitFor('the first lines stored', async () => (await storedText()).includes('step 2\n'));
    // Fast output shares timestamps: lines at one instant before the kill, more at it after.
    const instant = (BigInt(Date.now()) + 1n) * 1_000_000n + 123_456_700n;
    print(['same instant a', 'same instant b', 'same instant c'], instant);
    await waitFor('the same-instant lines stored', async () =>
      (await storedText()).includes('same instant c\n'),
    );
    // Still at that instant: a kubelet's timestamps never go back, and a line stamped "now" could
    // fall before `instant` and make the fake print a log no pod can print.
    print(['maybe stored 1', 'maybe stored 2'], instant);
    await controlPlane.process.stop('SIGKILL');
    print(['same instant d', 'same instant e'], instant);
    print(['while the control-plane was down']);

    controlPlane = await startControlPlane({ databaseUrl: db.url, secrets, env });
    await waitFor('the log read again from where it stood', async () =>
      (await storedText()).includes('while the control-plane was down\n'),
    );
    print(['after the restart']);
    await waitFor('the last line stored', async () => (await storedText()).includes('after the restart\n'));
    kube.finishJob(namespace, jobName, 'Complete');
    await waitForStatus(db, run.id, 'succeeded');

    // Neither lost nor repeated: the stored log is what the pod printed, line for line.
    expect(await storedText()).toBe(printed.map((line) => `${line}\n`).join(''));
    expect((await stored()).every((row) => row.stream === 'stdout')).toBe(true);
    const { rows } = await db.query('select 1 from run_logs where run_id = $1 and closed_at is not null', [
      run.id,
    ]);
    expect(rows).toHaveLength(1);
    // The reattaching read resumed from the stored timestamp (to the second, as the API takes it).
    const logReads = kube.requests.filter(
      (request) => request.path.endsWith('/log') && request.path.includes(`/pods/${jobName}-`),
    );
    expect(logReads[0]?.query).toMatchObject({ container: 'run', follow: 'true', timestamps: 'true' });
    expect(
      logReads.some((request) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(request.query.sinceTime ?? ''),
      ),
    ).toBe(true);
  });
});
