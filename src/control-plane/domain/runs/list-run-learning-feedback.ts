import { type Page, pageRequest } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type LearningFeedbackRecord, type RunPageInput, type RunsPorts } from './ports.js';
import { requireReadableRun } from './readable-run.js';

/** runs.learningFeedback (SPEC §6): the run's learning feedback, with the access rule of runs.get. */
export async function listRunLearningFeedback(
  deps: Pick<RunsPorts, 'runs'>,
  call: StaffCall,
  input: RunPageInput,
): Promise<Page<LearningFeedbackRecord>> {
  const page = pageRequest(input);
  const run = requireReadableRun(
    await deps.runs.findWithAccess(requireUuid('runId', input.runId), call.actorUserId),
  );
  return deps.runs.listLearningFeedback(run.id, page);
}
