import { describe, expect, it } from 'vitest';
import { type RunStatus } from '../../../shared/contract/run-status.js';
import { dispatchRuns, type DispatchRunsInput } from './dispatch-runs.js';
import {
  type ClaimedRun,
  type DispatcherStore,
  type LaunchTarget,
  type OwnedSlot,
  type RunLauncher,
  type RunObservation,
  type RunTransition,
} from './ports.js';

/** The dispatcher's store as a script: what it answers, and every step asked of it. */
class ScriptedStore implements DispatcherStore {
  readonly steps: string[] = [];
  readonly finished: Array<{ from: RunStatus[]; transition: RunTransition }> = [];
  recovered = { adopted: 0, freed: 0 };
  slots: OwnedSlot[] = [];
  unbindable: string[] = [];
  claimable: ClaimedRun[] = [];

  async renewLeases(owner: string, ttlMs: number) {
    this.steps.push(`renew ${owner} ${ttlMs}`);
  }
  async recoverExpiredLeases() {
    return this.recovered;
  }
  async expireLeases() {}
  async listOwnedSlots() {
    return this.slots;
  }
  async freeSlot(slotId: string) {
    this.steps.push(`free ${slotId}`);
  }
  async assignDerivedProjects() {
    this.steps.push('derive projects');
    return this.unbindable;
  }
  async ensureSlots(slotsPerProject: number) {
    this.steps.push(`ensure ${slotsPerProject} slots`);
  }
  async claimPendingRuns(input: { limit: number }) {
    this.steps.push(`claim ${input.limit}`);
    return this.claimable;
  }
  async finishRun(from: RunStatus[], transition: RunTransition) {
    this.finished.push({ from, transition });
    return from[0] ?? null;
  }
  async countSlotsByState() {
    return { free: 0, leased: 0, releasing: 0 };
  }
}

/** A launcher that observes what it is told to, can fail, and records what it was asked. */
class ScriptedLauncher implements RunLauncher {
  readonly kind = 'local';
  readonly asked: string[] = [];
  observations = new Map<string, RunObservation | Error>();
  failLaunch = new Set<string>();

  async launch(target: LaunchTarget) {
    this.asked.push(`launch ${target.runId}`);
    if (this.failLaunch.has(target.runId)) throw new Error('image pull failed');
  }
  async observe(target: LaunchTarget) {
    const observation = this.observations.get(target.runId) ?? { state: 'running' };
    if (observation instanceof Error) throw observation;
    return observation;
  }
  async cancel(target: LaunchTarget) {
    this.asked.push(`cancel ${target.runId}`);
  }
  release(target: LaunchTarget) {
    this.asked.push(`release ${target.runId}`);
  }
  async close() {}
}

function setup() {
  const store = new ScriptedStore();
  const launcher = new ScriptedLauncher();
  const transitions: string[] = [];
  const logged: string[] = [];
  const log = (level: string) => (_details: Record<string, unknown>, message: string) =>
    void logged.push(`${level}: ${message}`);
  const deps = {
    dispatcher: store,
    launcher,
    recordTransition: (from: RunStatus, to: RunStatus) => void transitions.push(`${from}->${to}`),
    log: { info: log('info'), warn: log('warn'), error: log('error') },
  };
  const input: DispatchRunsInput = {
    owner: 'replica-a',
    claimLimit: 3,
    slotsPerProject: 2,
    leaseTtlMs: 30_000,
    learningModeDefault: false,
    signal: new AbortController().signal,
  };
  return { store, launcher, transitions, logged, deps, input };
}

const slot = (runId: string, status: RunStatus, extra: Partial<OwnedSlot> = {}): OwnedSlot => ({
  slotId: `slot-${runId}`,
  slotNo: 0,
  state: 'leased',
  projectId: 'p1',
  run: { id: runId, correlationId: `c-${runId}`, status, jobName: `job-${runId}` },
  ...extra,
});

const outcomes = (store: ScriptedStore) =>
  store.finished.map(
    ({ from, transition }) => `${transition.runId}: ${from.join('|')} -> ${transition.eventType}`,
  );

describe('dispatchRuns (one dispatcher tick)', () => {
  it('settles the runs this replica holds by what their launcher saw, and leaves running ones alone', async () => {
    const { store, launcher, transitions, deps, input } = setup();
    store.slots = [
      slot('ok', 'running'),
      slot('bad', 'running'),
      slot('gone', 'running'),
      slot('busy', 'running'),
    ];
    launcher.observations.set('ok', { state: 'succeeded' });
    launcher.observations.set('bad', { state: 'failed', reason: 'exit 3' });
    launcher.observations.set('gone', { state: 'not_found' });
    await dispatchRuns(deps, input);
    expect(outcomes(store)).toEqual([
      'ok: running -> run.succeeded',
      'bad: running -> run.failed',
      'gone: running -> run.failed.job_not_found',
    ]);
    expect(store.finished[1]?.transition).toMatchObject({
      to: 'failed',
      payload: { run_id: 'bad', reason: 'exit 3' },
    });
    expect(launcher.asked.filter((step) => step.startsWith('release'))).toEqual([
      'release ok',
      'release bad',
      'release gone',
    ]);
    expect(transitions).toEqual(['running->succeeded', 'running->failed', 'running->failed']);
  });

  it('stops and frees slots whose run was canceled or settled elsewhere; a run without a job fails', async () => {
    const { store, launcher, deps, input } = setup();
    store.slots = [
      slot('canceled', 'canceled'),
      slot('winding-down', 'running', { state: 'releasing' }),
      slot('nameless', 'running', {
        run: { id: 'nameless', correlationId: 'c', status: 'running', jobName: null },
      }),
      { ...slot('empty', 'running'), run: null },
    ];
    await dispatchRuns(deps, input);
    expect(launcher.asked.slice(0, 4)).toEqual([
      'cancel canceled',
      'release canceled',
      'cancel winding-down',
      'release winding-down',
    ]);
    expect(store.steps.filter((step) => step.startsWith('free'))).toEqual([
      'free slot-canceled',
      'free slot-winding-down',
      'free slot-empty',
    ]);
    expect(outcomes(store)).toEqual(['nameless: running -> run.failed.job_not_found']);
  });

  it('keeps reconciling the other slots when one cannot be observed', async () => {
    const { store, launcher, logged, deps, input } = setup();
    store.slots = [slot('unreachable', 'running'), slot('ok', 'running')];
    launcher.observations.set('unreachable', new Error('apiserver timeout'));
    launcher.observations.set('ok', { state: 'succeeded' });
    await dispatchRuns(deps, input);
    expect(outcomes(store)).toEqual(['ok: running -> run.succeeded']);
    expect(logged).toContain('error: reconcile failed');
  });

  it('fails pending runs it cannot bind, then claims and launches; a launch that fails ends its run', async () => {
    const { store, launcher, transitions, deps, input } = setup();
    store.unbindable = ['no-repo'];
    store.claimable = [
      { runId: 'r1', correlationId: 'c1', projectId: 'p1', slotNo: 0, jobName: 'job-r1' },
      { runId: 'r2', correlationId: 'c2', projectId: 'p1', slotNo: 1, jobName: 'job-r2' },
    ];
    launcher.failLaunch.add('r2');
    await dispatchRuns(deps, input);
    expect(store.steps).toEqual(['renew replica-a 30000', 'derive projects', 'ensure 2 slots', 'claim 3']);
    expect(launcher.asked).toEqual(['launch r1', 'launch r2', 'release r2']);
    expect(outcomes(store)).toEqual([
      'no-repo: pending -> run.failed.launch_error',
      'r2: running -> run.failed.launch_error',
    ]);
    expect(store.finished[1]?.transition.payload).toMatchObject({
      job_name: 'job-r2',
      reason: 'image pull failed',
    });
    expect(transitions).toEqual([
      'pending->failed',
      'pending->running',
      'pending->running',
      'running->failed',
    ]);
  });

  it('claims nothing once stopping, and reports recovered leases', async () => {
    const { store, logged, deps, input } = setup();
    store.recovered = { adopted: 1, freed: 2 };
    const stopping = new AbortController();
    stopping.abort();
    await dispatchRuns(deps, { ...input, signal: stopping.signal });
    expect(store.steps).toEqual(['renew replica-a 30000']);
    expect(logged).toEqual(['warn: expired slot leases recovered']);
  });
});
