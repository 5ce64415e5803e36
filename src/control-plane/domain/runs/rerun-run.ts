import { requireActor, requireRunCanceler } from '../access/policy.js';
import { failedPrecondition, notFound } from '../errors.js';
import { reportTargetOf } from '../github-reports/report-target.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type RunsPorts, type RunSummary } from './ports.js';

/** A run reports to GitHub when its payload names a commit, an issue or a pull request of a bound repository. */
export const reportableRun = (payload: unknown): boolean => reportTargetOf(payload) !== null;

/**
 * runs.rerun (SPEC §13): admin or project `admin`/`read_write` (who may cancel may rerun); finished
 * runs only. A new pending run with the same payload, `rerun_of` the run, correlation id
 * `<its correlation id>:rerun:<n>`, and `run.rerun` on both.
 */
export async function rerunRun(
  deps: Pick<RunsPorts, 'directory' | 'runs' | 'reruns'>,
  call: StaffCall,
  input: { runId: string },
): Promise<RunSummary> {
  const runId = requireUuid('runId', input.runId);
  const actor = await requireActor(deps.directory, call.actorUserId);
  const run = await deps.runs.findById(runId);
  if (!run) throw notFound('run not found');
  await requireRunCanceler(deps.directory, actor, run.projectId);

  const outcome = await deps.reruns.rerun(runId, { type: 'staff', id: actor.userId }, reportableRun);
  if (outcome.kind === 'not_found') throw notFound('run not found');
  if (outcome.kind === 'not_finished')
    throw failedPrecondition(`the run is ${outcome.status}: only finished runs can be rerun`);
  const rerun = await deps.runs.findById(outcome.runId);
  if (!rerun) throw notFound('run not found');
  return rerun;
}
