import { describe, expect, it } from 'vitest';
import { type RunStatus } from '../../../shared/contract/run-status.js';
import { callBy, refusalOf, staffCast } from '../testing/memory-platform.js';
import { cancelRun } from './cancel-run.js';
import { type LaunchTarget, type RunLauncher } from './ports.js';

function setup(launcherFails = false) {
  const cast = staffCast();
  const stopped: LaunchTarget[] = [];
  const transitions: string[] = [];
  const launcher: Pick<RunLauncher, 'cancel'> = {
    cancel: async (target) => {
      stopped.push(target);
      if (launcherFails) throw new Error('kubernetes is unreachable');
    },
  };
  const deps = {
    ...cast.memory,
    launcher: launcher as RunLauncher,
    recordTransition: (from: RunStatus, to: RunStatus) => transitions.push(`${from}->${to}`),
  };
  return { ...cast, deps, stopped, transitions };
}

describe('cancelRun', () => {
  it('cancels a running run for a read_write member, stops its job and answers the run as it is now', async () => {
    const { deps, writer, project, memory, stopped, transitions } = setup();
    const run = memory.addRun(project, 'running', 'codex-k8s-run-x');
    const canceled = await cancelRun(deps, callBy(writer), { runId: run.id });
    expect(canceled.status).toBe('canceled');
    expect(stopped.map((target) => target.jobName)).toEqual(['codex-k8s-run-x']);
    expect(transitions).toEqual(['running->canceled']);
    expect(memory.state.events.at(-1)).toMatchObject({ eventType: 'run.canceled', actorId: writer.id });
  });

  it('cancels a pending run without a launcher call; a failing launcher is reported, not fatal', async () => {
    const pending = setup();
    const run = pending.memory.addRun(pending.project, 'pending');
    await cancelRun(pending.deps, callBy(pending.admin), { runId: run.id });
    expect(pending.stopped).toEqual([]);

    const failing = setup(true);
    const running = failing.memory.addRun(failing.project, 'running', 'job');
    const warnings: string[] = [];
    expect(
      (await cancelRun(failing.deps, callBy(failing.admin, warnings), { runId: running.id })).status,
    ).toBe('canceled');
    expect(warnings).toEqual([expect.stringContaining('its dispatcher retries')]);
  });

  it('refuses readers, members for runs without a project, finished runs and unknown runs', async () => {
    const { deps, reader, writer, admin, project, memory, transitions } = setup();
    const run = memory.addRun(project, 'running', 'job');
    const unbound = memory.addRun(null, 'pending');
    const done = memory.addRun(project, 'succeeded');
    const cases: Array<[{ id: string }, string, string]> = [
      [reader, run.id, 'permission_denied'],
      [writer, unbound.id, 'permission_denied'],
      [admin, done.id, 'failed_precondition'],
      [admin, memory.state.users[0]!.id, 'not_found'],
    ];
    for (const [caller, runId, kind] of cases)
      expect(await refusalOf(cancelRun(deps, callBy(caller), { runId }))).toBe(kind);
    expect(transitions).toEqual([]);
    expect(memory.state.runs.map((candidate) => candidate.status)).toEqual([
      'running',
      'pending',
      'succeeded',
    ]);
  });
});
