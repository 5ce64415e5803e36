import { invalidArgument } from '../errors.js';
import { type Page } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type RunLogChunk, type RunLogsPorts } from './ports.js';
import { requireReadableRunLog } from './readable-run-log.js';

/** SPEC §12: `runs.logs` takes `limit ≤ 1000`. */
const defaultLogPageLimit = 200;
const maxLogPageLimit = 1000;
/** A page stops early past this much text, so one answer stays well under gRPC's 4 MiB message limit. */
const maxLogPageBytes = 1024 * 1024;

export interface ListRunLogsInput {
  runId: string;
  limit?: number;
  cursor?: string;
}

function logPageLimit(limit: number | undefined): number {
  if (limit === undefined || limit === 0) return defaultLogPageLimit;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxLogPageLimit)
    throw invalidArgument(`limit: must be between 1 and ${maxLogPageLimit}`);
  return limit;
}

/** runs.logs and the log download (SPEC §12): a page of the run's log chunks, oldest first. */
export async function listRunLogs(
  deps: Pick<RunLogsPorts, 'directory' | 'logs'>,
  call: StaffCall,
  input: ListRunLogsInput,
): Promise<Page<RunLogChunk>> {
  const { runId } = await requireReadableRunLog(deps, call, input.runId);
  return deps.logs.listChunks(
    runId,
    { limit: logPageLimit(input.limit), cursor: input.cursor ?? '' },
    maxLogPageBytes,
  );
}
