import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { type Logger } from 'pino';
import { deriveProject } from '../domain/runs-lifecycle/derived-project.js';
import { dispatcherActorId, explainRun, runEventTypes } from '../domain/runs-lifecycle/events.js';
import {
  type ClaimedRun,
  type DispatcherStore,
  type LaunchTarget,
  type OwnedSlot,
  type RunLauncher,
  type RunStatus,
  type RunTransition,
} from '../domain/runs-lifecycle/ports.js';

export interface DispatcherOptions {
  store: DispatcherStore;
  launcher: RunLauncher;
  logger: Logger;
  pollIntervalMs: number;
  claimLimit: number;
  slotsPerProject: number;
  leaseTtlMs: number;
  learningModeDefault: boolean;
  recordTransition: (from: RunStatus, to: RunStatus) => void;
  observeTick?: (seconds: number, result: 'ok' | 'error') => void;
}

type Finish = Pick<RunTransition, 'to' | 'eventType' | 'payload'>;

/**
 * The run dispatcher of SPEC §7. Each tick: renew this replica's leases, recover expired ones,
 * reconcile the runs this replica holds, then claim pending runs into free slots and launch them.
 * Several replicas run it at once: every database step is a short transaction with
 * FOR UPDATE SKIP LOCKED, and a replica only reconciles the slots it leases.
 */
export class RunDispatcher {
  /** Lease owner id: unique per process start, so a restarted replica never mistakes old leases for its own. */
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: DispatcherOptions) {}

  start(): void {
    this.options.logger.info(
      { owner: this.owner, launcher: this.options.launcher.kind },
      'run dispatcher started',
    );
    this.schedule(0);
  }

  /** Stops ticking and waits for the tick in progress (so the database is not closed under it). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.options.launcher.close();
    await this.options.store.expireLeases(this.owner).catch((error: unknown) => {
      this.options.logger.warn({ err: error }, 'could not hand over slot leases; they expire on their own');
    });
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = null;
        this.schedule(this.options.pollIntervalMs);
      });
    }, delayMs);
  }

  /** One pass; exported for tests and for a manual nudge. Never throws. */
  async tick(): Promise<void> {
    const startedAt = process.hrtime.bigint();
    let result: 'ok' | 'error' = 'ok';
    try {
      const { store, leaseTtlMs } = this.options;
      await store.renewLeases(this.owner, leaseTtlMs);
      const recovered = await store.recoverExpiredLeases(this.owner, leaseTtlMs);
      if (recovered.adopted > 0 || recovered.freed > 0)
        this.options.logger.warn(recovered, 'expired slot leases recovered');
      await this.reconcile();
      if (!this.stopped) await this.claimAndLaunch();
    } catch (error) {
      result = 'error';
      this.options.logger.error({ err: error }, 'dispatcher tick failed');
    } finally {
      this.options.observeTick?.(Number(process.hrtime.bigint() - startedAt) / 1e9, result);
    }
  }

  private async reconcile(): Promise<void> {
    const slots = await this.options.store.listOwnedSlots(this.owner);
    for (const slot of slots) {
      try {
        await this.reconcileSlot(slot);
      } catch (error) {
        // One unreachable Job must not stall the others; the slot is looked at again next tick.
        this.options.logger.error(
          { err: error, slotId: slot.slotId, runId: slot.run?.id },
          'reconcile failed',
        );
      }
    }
  }

  private async reconcileSlot(slot: OwnedSlot): Promise<void> {
    const { launcher, store } = this.options;
    const run = slot.run;
    const target: LaunchTarget | null =
      run && run.jobName
        ? { runId: run.id, correlationId: run.correlationId, projectId: slot.projectId, jobName: run.jobName }
        : null;
    if (!run || run.status !== 'running' || slot.state === 'releasing') {
      // Canceled (or otherwise settled) elsewhere: make sure the Job/process is gone, then free the slot.
      if (target) {
        await launcher.cancel(target);
        launcher.release(target);
      }
      await store.freeSlot(slot.slotId, this.owner);
      return;
    }
    if (!target) {
      await this.finish(run.id, ['running'], {
        to: 'failed',
        eventType: runEventTypes.jobNotFound,
        payload: { reason: 'run has no job name' },
      });
      return;
    }
    const observation = await launcher.observe(target);
    switch (observation.state) {
      case 'running':
        return;
      case 'succeeded':
        await this.finish(run.id, ['running'], {
          to: 'succeeded',
          eventType: runEventTypes.succeeded,
          payload: { job_name: target.jobName },
        });
        break;
      case 'failed':
        await this.finish(run.id, ['running'], {
          to: 'failed',
          eventType: runEventTypes.failed,
          payload: { job_name: target.jobName, reason: observation.reason },
        });
        break;
      case 'not_found':
        await this.finish(run.id, ['running'], {
          to: 'failed',
          eventType: runEventTypes.jobNotFound,
          payload: { job_name: target.jobName },
        });
        break;
    }
    launcher.release(target);
  }

  private async claimAndLaunch(): Promise<void> {
    const { store, claimLimit, slotsPerProject, leaseTtlMs, learningModeDefault } = this.options;
    const unbindable = await store.assignDerivedProjects(
      Math.max(claimLimit * 4, 20),
      deriveProject,
      learningModeDefault,
    );
    for (const runId of unbindable) {
      await this.finish(runId, ['pending'], {
        to: 'failed',
        eventType: runEventTypes.launchError,
        payload: { reason: 'the run has no repository full name to derive a project from' },
      });
    }
    await store.ensureSlots(slotsPerProject);
    const claimed = await store.claimPendingRuns({
      owner: this.owner,
      ttlMs: leaseTtlMs,
      limit: claimLimit,
      slotsPerProject,
      actorId: dispatcherActorId,
    });
    for (const run of claimed) {
      this.options.recordTransition('pending', 'running');
      await this.launch(run);
    }
  }

  private async launch(run: ClaimedRun): Promise<void> {
    const target: LaunchTarget = {
      runId: run.runId,
      correlationId: run.correlationId,
      projectId: run.projectId,
      jobName: run.jobName,
    };
    try {
      await this.options.launcher.launch(target);
      this.options.logger.info(
        { runId: run.runId, jobName: run.jobName, slotNo: run.slotNo, correlationId: run.correlationId },
        'run launched',
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.options.logger.error(
        { err: error, runId: run.runId, correlationId: run.correlationId },
        'run launch failed',
      );
      await this.finish(run.runId, ['running'], {
        to: 'failed',
        eventType: runEventTypes.launchError,
        payload: { job_name: run.jobName, reason: reason.slice(0, 500) },
      });
      this.options.launcher.release(target);
    }
  }

  private async finish(runId: string, from: RunStatus[], finish: Finish): Promise<void> {
    const moved = await this.options.store.finishRun(from, {
      runId,
      ...finish,
      payload: { run_id: runId, ...finish.payload },
      actor: { type: 'system', id: dispatcherActorId },
      explain: (facts) =>
        explainRun(facts, {
          status: finish.to,
          eventType: finish.eventType,
          reason: typeof finish.payload.reason === 'string' ? finish.payload.reason : undefined,
        }),
    });
    if (moved) {
      this.options.recordTransition(moved, finish.to);
      this.options.logger.info({ runId, status: finish.to, event: finish.eventType }, 'run finished');
    }
  }
}
