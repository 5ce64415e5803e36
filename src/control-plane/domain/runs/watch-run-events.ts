import { requireStoredActor, runReaderGrant } from '../access/policy.js';
import { invalidArgument } from '../errors.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type FlowEventRecord, type RunsPorts } from './ports.js';
import { requireReadableRun } from './readable-run.js';

export interface WatchRunEventsInput {
  runId: string;
  /** Resume after this event id (0: from the start). */
  afterEventId: number;
}

/**
 * runs.watchEvents (SPEC §6, §7): same access rule as runs.get; the run's events after
 * `afterEventId` (the stored backlog first), then live ones, until `signal` aborts or the caller
 * loses access (then it ends with PERMISSION_DENIED "access revoked: …").
 */
export async function watchRunEvents(
  deps: Pick<RunsPorts, 'runs' | 'events' | 'liveAccess'>,
  call: StaffCall,
  input: WatchRunEventsInput,
  signal: AbortSignal,
): Promise<AsyncGenerator<FlowEventRecord>> {
  const runId = requireUuid('runId', input.runId);
  if (!Number.isSafeInteger(input.afterEventId) || input.afterEventId < 0)
    throw invalidArgument('afterEventId: must be a non-negative integer');
  const access = await deps.runs.findWithAccess(runId, call.actorUserId);
  const run = requireReadableRun(access);
  const reader = requireStoredActor(access.actor);
  return deps.liveAccess.guard(runReaderGrant(reader.userId, run.projectId), signal, (guarded) =>
    deps.events.subscribe(run.correlationId, input.afterEventId, guarded),
  );
}
