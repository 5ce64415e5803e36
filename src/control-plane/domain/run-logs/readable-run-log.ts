import { type LiveAccessGrant } from '../access/live-access-guard.js';
import { requireActor, requireRunReader, runReaderGrant } from '../access/policy.js';
import { because, notFound } from '../errors.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type RunLogsPorts } from './ports.js';

/**
 * The run whose log the caller asks for, if the caller may read it (the rule of runs.get: platform
 * admins, or members of the run's project; a run without a project: admins only). The caller is
 * re-read from the database, so a deleted user or a revoked membership refuses at once; unknown
 * callers are refused before unknown runs.
 */
export async function requireReadableRunLog(
  deps: Pick<RunLogsPorts, 'directory' | 'logs'>,
  call: StaffCall,
  runId: string,
): Promise<{ runId: string; grant: LiveAccessGrant }> {
  const id = requireUuid('runId', runId);
  const actor = await requireActor(deps.directory, call.actorUserId);
  const run = await deps.logs.findRun(id);
  if (!run) throw notFound('run not found', because('run_not_found'));
  await requireRunReader(deps.directory, actor, run.projectId);
  return { runId: id, grant: runReaderGrant(actor.userId, run.projectId) };
}
