import { tracked } from '@trpc/server';
import { z } from 'zod';
import { id, pageInput, resumeAfter } from '../inputs.js';
import { liveStream } from '../live-stream.js';
import { pageJson, runLogChunkJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

/** runs.logs and runs.watchLogs (SPEC §12). Access (as runs.get) is decided by the control-plane. */
export const runLogsRouter = router({
  /** A page of the run's log, oldest first (SPEC §12: limit ≤ 1000, default 200). */
  logs: staffProcedure
    .input(z.object({ runId: id(), ...pageInput(1000, 200) }))
    .query(async ({ ctx, input }) => pageJson(await ctx.call('listRunLogs', input), runLogChunkJson)),

  /**
   * Server-sent events of one run's log: the stored chunks after `lastEventId`, then live ones,
   * each `tracked` by its seq so that an SSE reconnect resumes right after the last one seen. The
   * subscription ends when the run is finished and its log drained, or with the session or the
   * caller's access to the run, as runs.watchEvents (see live-stream.ts).
   */
  watchLogs: staffProcedure
    .input(z.object({ runId: id(), lastEventId: resumeAfter('a chunk seq') }))
    .subscription(async function* ({ ctx, input, signal }) {
      const chunks = liveStream(ctx.session, signal, (streamSignal) =>
        ctx.stream('watchRunLogs', { runId: input.runId, afterSeq: input.lastEventId }, streamSignal),
      );
      for await (const chunk of chunks) {
        const json = runLogChunkJson(chunk);
        yield tracked(String(json.seq), json);
      }
    }),
});
