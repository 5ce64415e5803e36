import { type Page, pageRequest } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type LearningFeedbackRecord, type RunsPorts } from './ports.js';
import { requireReadableRun } from './readable-run.js';

export interface ListRunLearningFeedbackInput {
  runId: string;
  limit?: number;
  cursor?: string;
}

/** runs.learningFeedback (SPEC §6): the run's learning feedback, with the access rule of runs.get. */
export async function listRunLearningFeedback(
  deps: Pick<RunsPorts, 'runs'>,
  call: StaffCall,
  input: ListRunLearningFeedbackInput,
): Promise<Page<LearningFeedbackRecord>> {
  const page = pageRequest(input.limit, input.cursor);
  const run = requireReadableRun(
    await deps.runs.findWithAccess(requireUuid('runId', input.runId), call.actorUserId),
  );
  return deps.runs.listLearningFeedback(run.id, page);
}
