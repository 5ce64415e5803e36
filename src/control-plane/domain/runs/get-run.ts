import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type RunsPorts, type RunSummary } from './ports.js';
import { requireReadableRun } from './readable-run.js';

/** runs.get (SPEC §6): the run and its whole payload, for platform admins and the project's members. */
export async function getRun(
  deps: Pick<RunsPorts, 'runs'>,
  call: StaffCall,
  input: { runId: string },
): Promise<{ run: RunSummary; payload: unknown }> {
  const run = requireReadableRun(
    await deps.runs.findWithAccess(requireUuid('runId', input.runId), call.actorUserId),
  );
  return { run, payload: await deps.runs.findPayload(run.id) };
}
