import { type Page, pageRequest } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type FlowEventRecord, type RunPageInput, type RunsPorts } from './ports.js';
import { requireReadableRun } from './readable-run.js';

/** runs.events (SPEC §6): the run's flow events, oldest first, with the access rule of runs.get. */
export async function listRunEvents(
  deps: Pick<RunsPorts, 'runs'>,
  call: StaffCall,
  input: RunPageInput,
): Promise<Page<FlowEventRecord>> {
  const page = pageRequest(input);
  // The events and what the policy decides on arrive in one round trip; they leave only if it allows.
  const read = await deps.runs.listEventsWithAccess(
    requireUuid('runId', input.runId),
    call.actorUserId,
    page,
  );
  requireReadableRun(read.access);
  return read.page;
}
