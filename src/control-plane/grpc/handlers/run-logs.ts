import { toTimestamp, type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { type RunLogChunk } from '../../domain/run-logs/ports.js';
import { type RunLogsService } from '../../domain/run-logs/run-logs.js';
import { serverStream, unary, type HandlerDependencies } from '../handler.js';

export function runLogChunkMessage(chunk: RunLogChunk): v1.RunLogChunk.$Properties {
  return { seq: chunk.seq, stream: chunk.stream, at: toTimestamp(chunk.at), text: chunk.text };
}

/** ListRunLogs and WatchRunLogs: mapping only; access and the live feed are in domain/run-logs. */
export function runLogsHandlers(
  deps: HandlerDependencies,
  service: RunLogsService,
): Pick<ControlPlaneHandlers, 'listRunLogs' | 'watchRunLogs'> {
  return {
    listRunLogs: unary(deps, async (request: v1.ListRunLogsRequest) => {
      const page = await service.page(
        request.principal?.userId ?? '',
        request.runId,
        request.limit,
        request.cursor,
      );
      return { items: page.items.map(runLogChunkMessage), nextCursor: page.nextCursor };
    }),
    watchRunLogs: serverStream(deps, async (request: v1.WatchRunLogsRequest, write, signal) => {
      // Opening (the caller's access) is one unit of work; the live chunks come from the feed's own reads.
      const chunks = await deps.runInContext(() =>
        service.watch(request.principal?.userId ?? '', request.runId, Number(request.afterSeq), signal),
      );
      for await (const chunk of chunks) await write(runLogChunkMessage(chunk));
    }),
  };
}
