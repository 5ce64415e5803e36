import { type RunStatus } from '../../../shared/contract/run-status.js';
import { deriveProject } from './derived-project.js';
import {
  type ClaimedRun,
  type LaunchTarget,
  type OwnedSlot,
  type RunLauncher,
  type RunsPorts,
  type RunTransition,
} from './ports.js';
import { dispatcherActorId, explainRun, runEventTypes } from './run-lifecycle.js';

export interface DispatchRunsInput {
  /** This replica's lease owner id (unique per process start). */
  owner: string;
  claimLimit: number;
  slotsPerProject: number;
  leaseTtlMs: number;
  /** CODEXK8S_LEARNING_MODE_DEFAULT: the learning mode of projects derived from a repository. */
  learningModeDefault: boolean;
  /** Aborted when the dispatcher stops: the runs it holds are still reconciled, no new ones claimed. */
  signal: AbortSignal;
}

/** The dispatcher's ports, with the launcher it cannot work without. */
export type DispatchPorts = Pick<RunsPorts, 'dispatcher' | 'recordTransition' | 'log'> & {
  launcher: RunLauncher;
};

type Finish = Pick<RunTransition, 'to' | 'eventType' | 'payload'>;

/**
 * One tick of the run dispatcher (SPEC §7): renew this replica's leases, recover expired ones,
 * reconcile the runs this replica holds, then claim pending runs into free slots and launch them.
 * Several replicas run it at once: every database step is a short transaction with FOR UPDATE
 * SKIP LOCKED, and a replica only reconciles the slots it leases. A failing store call throws
 * (the loop logs it and tries again next tick); one slot failing to reconcile does not stop the others.
 */
export async function dispatchRuns(deps: DispatchPorts, input: DispatchRunsInput): Promise<void> {
  await deps.dispatcher.renewLeases(input.owner, input.leaseTtlMs);
  const recovered = await deps.dispatcher.recoverExpiredLeases(input.owner, input.leaseTtlMs);
  if (recovered.adopted > 0 || recovered.freed > 0) deps.log.warn(recovered, 'expired slot leases recovered');
  await reconcileOwnedSlots(deps, input.owner);
  if (!input.signal.aborted) await claimAndLaunch(deps, input);
}

async function reconcileOwnedSlots(deps: DispatchPorts, owner: string): Promise<void> {
  for (const slot of await deps.dispatcher.listOwnedSlots(owner)) {
    try {
      await reconcileSlot(deps, owner, slot);
    } catch (error) {
      // One unreachable Job must not stall the others; the slot is looked at again next tick.
      deps.log.error({ err: error, slotId: slot.slotId, runId: slot.run?.id }, 'reconcile failed');
    }
  }
}

async function reconcileSlot(deps: DispatchPorts, owner: string, slot: OwnedSlot): Promise<void> {
  const { launcher } = deps;
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
    await deps.dispatcher.freeSlot(slot.slotId, owner);
    return;
  }
  if (!target) {
    await finish(deps, run.id, ['running'], {
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
      await finish(deps, run.id, ['running'], {
        to: 'succeeded',
        eventType: runEventTypes.succeeded,
        payload: { job_name: target.jobName },
      });
      break;
    case 'failed':
      await finish(deps, run.id, ['running'], {
        to: 'failed',
        eventType: runEventTypes.failed,
        payload: { job_name: target.jobName, reason: observation.reason },
      });
      break;
    case 'not_found':
      await finish(deps, run.id, ['running'], {
        to: 'failed',
        eventType: runEventTypes.jobNotFound,
        payload: { job_name: target.jobName },
      });
      break;
  }
  launcher.release(target);
}

async function claimAndLaunch(deps: DispatchPorts, input: DispatchRunsInput): Promise<void> {
  const unbindable = await deps.dispatcher.assignDerivedProjects(
    Math.max(input.claimLimit * 4, 20),
    deriveProject,
    input.learningModeDefault,
  );
  for (const runId of unbindable) {
    await finish(deps, runId, ['pending'], {
      to: 'failed',
      eventType: runEventTypes.launchError,
      payload: { reason: 'the run has no repository full name to derive a project from' },
    });
  }
  await deps.dispatcher.ensureSlots(input.slotsPerProject);
  const claimed = await deps.dispatcher.claimPendingRuns({
    owner: input.owner,
    ttlMs: input.leaseTtlMs,
    limit: input.claimLimit,
    slotsPerProject: input.slotsPerProject,
    actorId: dispatcherActorId,
  });
  for (const run of claimed) {
    deps.recordTransition('pending', 'running');
    await launch(deps, run);
  }
}

async function launch(deps: DispatchPorts, run: ClaimedRun): Promise<void> {
  const target: LaunchTarget = {
    runId: run.runId,
    correlationId: run.correlationId,
    projectId: run.projectId,
    jobName: run.jobName,
  };
  try {
    await deps.launcher.launch(target);
    deps.log.info(
      { runId: run.runId, jobName: run.jobName, slotNo: run.slotNo, correlationId: run.correlationId },
      'run launched',
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.log.error({ err: error, runId: run.runId, correlationId: run.correlationId }, 'run launch failed');
    await finish(deps, run.runId, ['running'], {
      to: 'failed',
      eventType: runEventTypes.launchError,
      payload: { job_name: run.jobName, reason: reason.slice(0, 500) },
    });
    deps.launcher.release(target);
  }
}

async function finish(deps: DispatchPorts, runId: string, from: RunStatus[], outcome: Finish): Promise<void> {
  const moved = await deps.dispatcher.finishRun(from, {
    runId,
    ...outcome,
    payload: { run_id: runId, ...outcome.payload },
    actor: { type: 'system', id: dispatcherActorId },
    explain: (facts) =>
      explainRun(facts, {
        status: outcome.to,
        eventType: outcome.eventType,
        reason: typeof outcome.payload.reason === 'string' ? outcome.payload.reason : undefined,
      }),
  });
  if (moved) {
    deps.recordTransition(moved, outcome.to);
    deps.log.info({ runId, status: outcome.to, event: outcome.eventType }, 'run finished');
  }
}
