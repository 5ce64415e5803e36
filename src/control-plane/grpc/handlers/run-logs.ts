import { toTimestamp, type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { listRunLogs } from '../../domain/run-logs/list-run-logs.js';
import { type RunLogChunk, type RunLogsPorts } from '../../domain/run-logs/ports.js';
import { watchRunLogs } from '../../domain/run-logs/watch-run-logs.js';
import { type HandlerDependencies } from '../handler.js';
import { pageMessage } from './page-message.js';
import { staffStream, staffUnary } from './staff-call.js';

function runLogChunkMessage(chunk: RunLogChunk): v1.RunLogChunk.$Properties {
  return { seq: chunk.seq, stream: chunk.stream, at: toTimestamp(chunk.at), text: chunk.text };
}

/** ListRunLogs and WatchRunLogs: mapping only; access and the live feed are in domain/run-logs. */
export function runLogsHandlers(
  deps: HandlerDependencies,
  runLogs: RunLogsPorts,
): Pick<ControlPlaneHandlers, 'listRunLogs' | 'watchRunLogs'> {
  return {
    listRunLogs: staffUnary(deps, async (call, request: v1.ListRunLogsRequest) =>
      pageMessage(await listRunLogs(runLogs, call, request), runLogChunkMessage),
    ),
    watchRunLogs: staffStream(
      deps,
      (call, request: v1.WatchRunLogsRequest, signal) =>
        watchRunLogs(runLogs, call, { runId: request.runId, afterSeq: Number(request.afterSeq) }, signal),
      runLogChunkMessage,
    ),
  };
}
