import { tracked } from '@trpc/server';
import { z } from 'zod';
import { id } from '../inputs.js';
import { liveStream } from '../live-stream.js';
import { pageJson, runLogChunkJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

/** runs.logs and runs.watchLogs (SPEC §12). Access (as runs.get) is decided by the control-plane. */
export const runLogsRouter = router({
  logs: staffProcedure
    .input(
      z.object({
        runId: id(),
        cursor: z.string().max(1024, 'must be at most 1024 characters').nullish(),
        limit: z
          .number({ error: 'must be a number' })
          .int('must be an integer')
          .min(1, 'must be at least 1')
          .max(1000, 'must be at most 1000')
          .default(200),
      }),
    )
    .query(async ({ ctx, input }) => {
      const response = await ctx.controlPlane.call(
        'listRunLogs',
        { principal: ctx.principal, runId: input.runId, limit: input.limit, cursor: input.cursor ?? '' },
        { correlationId: ctx.correlationId },
      );
      return pageJson(response, runLogChunkJson);
    }),

  /**
   * Server-sent events of one run's log: the stored chunks after `lastEventId`, then live ones,
   * each `tracked` by its seq so that an SSE reconnect resumes right after the last one seen. The
   * subscription ends when the run is finished and its log drained, or with the session or the
   * caller's access to the run, as runs.watchEvents (see live-stream.ts).
   */
  watchLogs: staffProcedure
    .input(
      z.object({
        runId: id(),
        lastEventId: z
          .string()
          .regex(/^\d{1,15}$/, 'must be a chunk seq')
          .nullish(),
      }),
    )
    .subscription(async function* ({ ctx, input, signal }) {
      const chunks = liveStream(ctx.session, signal, (streamSignal) =>
        ctx.controlPlane.stream(
          'watchRunLogs',
          {
            principal: ctx.principal,
            runId: input.runId,
            afterSeq: input.lastEventId ? Number(input.lastEventId) : 0,
          },
          { correlationId: ctx.correlationId, signal: streamSignal },
        ),
      );
      for await (const chunk of chunks) {
        const json = runLogChunkJson(chunk);
        yield tracked(String(json.seq), json);
      }
    }),
});
