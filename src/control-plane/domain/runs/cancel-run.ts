import { requireActor, requireRunCanceler } from '../access/policy.js';
import { because, failedPrecondition, notFound } from '../errors.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type RunsPorts, type RunSummary } from './ports.js';
import { explainRun, runEventTypes } from './run-lifecycle.js';

/**
 * runs.cancel (SPEC §6/§7): admin or project admin/read_write; pending or running runs only. The
 * status change commits first (so a finishing dispatcher loses the race cleanly), then the Job is
 * deleted / the process killed; if that fails here, the slot stays `releasing` and the dispatcher
 * holding it stops the run and frees the slot on its next tick.
 */
export async function cancelRun(
  deps: Pick<RunsPorts, 'directory' | 'runs' | 'launcher' | 'recordTransition'>,
  call: StaffCall,
  input: { runId: string },
): Promise<RunSummary> {
  const runId = requireUuid('runId', input.runId);
  const actor = await requireActor(deps.directory, call.actorUserId);
  const run = await deps.runs.findById(runId);
  if (!run) throw notFound('run not found', because('run_not_found'));
  await requireRunCanceler(deps.directory, actor, run.projectId);

  const outcome = await deps.runs.cancel(runId, actor.userId, (facts) =>
    explainRun(facts, { status: 'canceled', eventType: runEventTypes.canceled }),
  );
  if (outcome.kind === 'not_found') throw notFound('run not found', because('run_not_found'));
  if (outcome.kind === 'not_cancelable') {
    throw failedPrecondition(
      `the run is ${outcome.status}: only pending or running runs can be canceled`,
      because('not_cancelable', { status: outcome.status }),
    );
  }
  deps.recordTransition(outcome.previousStatus, 'canceled');
  if (outcome.target && deps.launcher) {
    await deps.launcher
      .cancel(outcome.target)
      .catch((error: unknown) =>
        call.warn({ err: error, runId }, 'stopping a canceled run failed; its dispatcher retries'),
      );
  }
  const canceled = await deps.runs.findById(runId);
  if (!canceled) throw notFound('run not found', because('run_not_found'));
  return canceled;
}
