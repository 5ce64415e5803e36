import { type Page, type PageInput, pageRequest } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type RunLogChunk, type RunLogsPorts } from './ports.js';
import { requireReadableRunLog } from './readable-run-log.js';

/** SPEC §12: `runs.logs` takes `limit ≤ 1000` (default 200). */
const logPageLimits = { defaultLimit: 200, maxLimit: 1000 };
/** A page stops early past this much text, so one answer stays well under gRPC's 4 MiB message limit. */
const maxLogPageBytes = 1024 * 1024;

export interface ListRunLogsInput extends PageInput {
  runId: string;
}

/** runs.logs and the log download (SPEC §12): a page of the run's log chunks, oldest first. */
export async function listRunLogs(
  deps: Pick<RunLogsPorts, 'directory' | 'logs'>,
  call: StaffCall,
  input: ListRunLogsInput,
): Promise<Page<RunLogChunk>> {
  const { runId } = await requireReadableRunLog(deps, call, input.runId);
  return deps.logs.listChunks(runId, pageRequest(input, logPageLimits), maxLogPageBytes);
}
