import { requireRunReaderWithRole, requireStoredActor } from '../access/policy.js';
import { because, notFound } from '../errors.js';
import { type RunAccess } from './ports.js';

/**
 * The run of a read that brought it with its caller (RunStore.findWithAccess), if the caller as
 * stored may read it (the runs.get rule): unknown callers are refused before unknown runs.
 */
export function requireReadableRun<Run extends { projectId: string | null }>(access: RunAccess<Run>): Run {
  const actor = requireStoredActor(access.actor);
  if (!access.run) throw notFound('run not found', because('run_not_found'));
  requireRunReaderWithRole(actor, access.run.projectId, access.memberRole);
  return access.run;
}
