import { tracked } from '@trpc/server';
import { z } from 'zod';
import { liveStream } from '../live-stream.js';
import { flowEventJson, runJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

const runId = z.uuid({ error: 'must be a UUID' });

/** runs.cancel, runs.watchEvents (SPEC §6, §7). Access is decided by the control-plane. */
export const runsLiveRouter = router({
  cancel: staffProcedure.input(z.object({ runId })).mutation(async ({ ctx, input }) => {
    const response = await ctx.controlPlane.call(
      'cancelRun',
      { principal: ctx.principal, runId: input.runId },
      { correlationId: ctx.correlationId },
    );
    return runJson(response.run);
  }),

  /**
   * Server-sent events of one run: the stored events after `lastEventId`, then live ones. Each is
   * `tracked` by its id, so an SSE reconnect (Last-Event-ID, which tRPC puts into `lastEventId`)
   * resumes exactly after the last event the client saw. Ends with the session (UNAUTHORIZED) or
   * with the caller's access to the run (FORBIDDEN "access revoked: …"): see live-stream.ts.
   */
  watchEvents: staffProcedure
    .input(
      z.object({
        runId,
        lastEventId: z
          .string()
          .regex(/^\d{1,15}$/, 'must be an event id')
          .nullish(),
      }),
    )
    .subscription(async function* ({ ctx, input, signal }) {
      const events = liveStream(ctx.session, signal, (streamSignal) =>
        ctx.controlPlane.stream(
          'watchRunEvents',
          {
            principal: ctx.principal,
            runId: input.runId,
            afterEventId: input.lastEventId ? Number(input.lastEventId) : 0,
          },
          { correlationId: ctx.correlationId, signal: streamSignal },
        ),
      );
      for await (const event of events) yield tracked(String(event.id), flowEventJson(event));
    }),
});
