/**
 * SIGTERM in a container (SPEC §9, §15): the processes run as PID 1 of a PID namespace with the exact
 * command their Kubernetes Deployment gives them. PID 1 gets no default signal handling, so this
 * proves both that the manifests put node itself there and that node handles the signal.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { cleanupAfterEach } from '../support/cleanups.js';
import { newSecrets, startControlPlane, startEdge } from '../support/platform.js';
import { freePort } from '../support/ports.js';
import { projectRoot, startInPidNamespace, type RunningProcess } from '../support/processes.js';
import {
  dispatcherEnv,
  migratedTestDatabase,
  runEvents,
  seedProject,
  seedRun,
  waitFor,
  waitForStatus,
} from '../support/runs.js';

/** command + args of the first container of `kind` in k8s/base/<file>. */
function containerCommand(file: string, kind: string): string[] {
  const documents = parseAllDocuments(readFileSync(path.join(projectRoot, 'k8s/base', file), 'utf8')).map(
    (document) =>
      document.toJS() as { kind?: string; spec?: { template?: { spec?: { containers?: unknown } } } },
  );
  const containers = documents.find((document) => document.kind === kind)?.spec?.template?.spec
    ?.containers as { command?: string[]; args?: string[] }[] | undefined;
  const container = containers?.[0];
  if (!container?.command) throw new Error(`no container command in k8s/base/${file}`);
  return [...container.command, ...(container.args ?? [])];
}

const inNamespace = (file: string) => (env: Record<string, string>) =>
  startInPidNamespace(containerCommand(file, 'Deployment'), env);

describe('SIGTERM to PID 1 of the container command', () => {
  const defer = cleanupAfterEach();

  function track(process: RunningProcess): RunningProcess {
    defer(() => process.stop('SIGKILL'));
    return process;
  }

  it('control-plane: logs "shutting down", exits 0 and hands its slot leases over at once; another replica takes over the run', async () => {
    const db = await migratedTestDatabase(defer);
    const projectId = await seedProject(db, 'pid-one');
    const run = await seedRun(db, { projectId });
    const secrets = newSecrets();
    // A long lease: without the hand-over, another replica would wait 10 minutes for it.
    const env = {
      LOG_LEVEL: 'info',
      ...dispatcherEnv({ CODEXK8S_WORKER_JOB_COMMAND: 'sleep 300', CODEXK8S_WORKER_SLOT_LEASE_TTL: '10m' }),
    };
    const first = await startControlPlane({
      databaseUrl: db.url,
      secrets,
      env,
      start: inNamespace('control-plane.yaml'),
    });
    track(first.process);
    await waitForStatus(db, run.id, 'running');
    const held = await db.query<{ state: string; run_id: string; minutes_left: number }>(
      `select state, run_id, (extract(epoch from lease_until - now()) / 60)::float8 as minutes_left from slots where lease_owner is not null`,
    );
    expect(held.rows).toHaveLength(1);
    expect(held.rows[0]).toMatchObject({ state: 'leased', run_id: run.id });
    expect(held.rows[0]!.minutes_left).toBeGreaterThan(9);

    expect(await first.process.stop('SIGTERM')).toBe(0);
    expect(first.process.output()).toMatch(/"signal":"SIGTERM","msg":"shutting down"/);
    expect(first.process.output()).toMatch(/"msg":"shutdown complete"/);

    // Right after exit: the run keeps its slot (its Job could still be running, so the slot must not
    // be free for another run), but the lease has ended, so any replica adopts it on its next tick.
    const handedOver = await db.query<{ state: string; run_id: string; expired: boolean }>(
      `select state, run_id, lease_until <= now() as expired from slots where state <> 'free'`,
    );
    expect(handedOver.rows).toEqual([{ state: 'leased', run_id: run.id, expired: true }]);

    const second = await startControlPlane({ databaseUrl: db.url, secrets, env });
    track(second.process);
    // The local launcher's process died with its replica: the adopter finds no such process.
    await waitForStatus(db, run.id, 'failed');
    expect((await runEvents(db, run.id)).map((event) => event.eventType)).toEqual([
      'webhook.received',
      'run.started',
      'run.failed.job_not_found',
    ]);
    await waitFor('the slot to be free', async () => {
      const { rows } = await db.query(`select 1 from slots where state <> 'free'`);
      return rows.length === 0;
    });
  });

  it('edge: logs "shutting down" and exits 0', async () => {
    const edge = await startEdge({
      secrets: newSecrets(),
      controlPlaneTarget: `127.0.0.1:${await freePort()}`,
      env: { LOG_LEVEL: 'info' },
      start: inNamespace('edge.yaml'),
    });
    track(edge.process);
    expect(await edge.process.stop('SIGTERM')).toBe(0);
    expect(edge.process.output()).toMatch(/"signal":"SIGTERM","msg":"shutting down"/);
    expect(edge.process.output()).toMatch(/"msg":"shutdown complete"/);
  });

  it('control-plane: SIGTERM while it still waits for PostgreSQL exits at once with 143, naming the signal', async () => {
    // A database that accepts connections and never answers: start-up hangs in its first query.
    const connections: Socket[] = [];
    const silent = createServer((socket) => connections.push(socket));
    const port = await freePort();
    await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve));
    defer(async () => {
      for (const socket of connections) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });
    const controlPlane = await startControlPlane({
      databaseUrl: `postgres://postgres@127.0.0.1:${port}/nothing`,
      secrets: newSecrets(),
      waitReady: false,
      start: inNamespace('control-plane.yaml'),
    });
    track(controlPlane.process);
    await waitFor('the control-plane to connect', async () => connections.length > 0, 30_000);
    expect(await controlPlane.process.stop('SIGTERM')).toBe(143);
    expect(controlPlane.process.output()).toMatch(/control-plane: SIGTERM received, exiting/);
  });
});
