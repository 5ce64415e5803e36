import { invalidArgument } from '../errors.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type RunLogChunk, type RunLogsPorts } from './ports.js';
import { requireReadableRunLog } from './readable-run-log.js';

export interface WatchRunLogsInput {
  runId: string;
  /** Resume after this chunk seq (0: from the start). */
  afterSeq: number;
}

/**
 * runs.watchLogs (SPEC §12): the run's chunks after `afterSeq`, the stored ones, then live ones,
 * ending when the run is finished and its log drained, when `signal` aborts, or when the caller
 * loses access (PERMISSION_DENIED "access revoked: …").
 */
export async function watchRunLogs(
  deps: RunLogsPorts,
  call: StaffCall,
  input: WatchRunLogsInput,
  signal: AbortSignal,
): Promise<AsyncGenerator<RunLogChunk>> {
  if (!Number.isSafeInteger(input.afterSeq) || input.afterSeq < 0)
    throw invalidArgument('afterSeq: must be a non-negative integer');
  const { runId, grant } = await requireReadableRunLog(deps, call, input.runId);
  return deps.liveAccess.guard(grant, signal, (guarded) =>
    deps.feed.subscribe(runId, input.afterSeq, guarded),
  );
}
