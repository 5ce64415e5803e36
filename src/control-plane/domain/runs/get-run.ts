import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type RunLinks, type RunsPorts, type RunSummary } from './ports.js';
import { requireReadableRun } from './readable-run.js';

/**
 * runs.get (SPEC §6, §13): the run, its whole payload, the run it reruns and its reruns, and where
 * its GitHub report stands; for platform admins and the project's members.
 */
export async function getRun(
  deps: Pick<RunsPorts, 'runs' | 'reruns'>,
  call: StaffCall,
  input: { runId: string },
): Promise<{ run: RunSummary; payload: unknown; links: RunLinks }> {
  const run = requireReadableRun(
    await deps.runs.findWithAccess(requireUuid('runId', input.runId), call.actorUserId),
  );
  const { payload, links } = await deps.reruns.payloadWithLinks(run.id);
  return { run, payload, links };
}
