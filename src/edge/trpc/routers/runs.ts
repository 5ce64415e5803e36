import { tracked } from '@trpc/server';
import { z } from 'zod';
import { runStatuses } from '../../../shared/contract/run-status.js';
import { id, listInput, orEmpty, resumeAfter } from '../inputs.js';
import { liveStream } from '../live-stream.js';
import {
  flowEventJson,
  githubReportJson,
  learningFeedbackJson,
  pageJson,
  runJson,
  runPayloadJson,
  runQueueJson,
} from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

const runStatus = z.enum(runStatuses, { error: `must be one of ${runStatuses.join(', ')}` });
const runInput = z.object({ runId: id() });
const filterText = orEmpty(
  z.string({ error: 'must be a string' }).trim().max(200, 'must be at most 200 characters'),
);

/**
 * runs.list, runs.get, runs.events, runs.learningFeedback, runs.cancel, runs.rerun and
 * runs.watchEvents (SPEC §6, §7, §13). Access is decided by the control-plane.
 */
export const runsRouter = router({
  list: staffProcedure
    .input(
      z.object({
        ...listInput,
        projectId: orEmpty(id()),
        status: orEmpty(runStatus),
        // Issue 21: repository full name and sender login (case-insensitive), trigger value (exact).
        repository: filterText,
        sender: filterText,
        trigger: filterText,
      }),
    )
    .query(async ({ ctx, input }) => pageJson(await ctx.call('listRuns', input), runJson)),
  get: staffProcedure.input(runInput).query(async ({ ctx, input }) => {
    const response = await ctx.call('getRun', input);
    return {
      run: runJson(response.run),
      payload: runPayloadJson(response.runPayloadJson),
      rerunOf: response.rerunOf || null,
      rerunIds: response.rerunIds ?? [],
      githubReport: githubReportJson(response.githubReport),
      queue: runQueueJson(response.queue),
    };
  }),
  events: staffProcedure
    .input(runInput.extend(listInput))
    .query(async ({ ctx, input }) => pageJson(await ctx.call('listRunEvents', input), flowEventJson)),
  learningFeedback: staffProcedure
    .input(runInput.extend(listInput))
    .query(async ({ ctx, input }) =>
      pageJson(await ctx.call('listRunLearningFeedback', input), learningFeedbackJson),
    ),
  cancel: staffProcedure
    .input(runInput)
    .mutation(async ({ ctx, input }) => runJson((await ctx.call('cancelRun', input)).run)),
  /** SPEC §13: a new pending run with the same payload; answers the new run. */
  rerun: staffProcedure
    .input(runInput)
    .mutation(async ({ ctx, input }) => runJson((await ctx.call('rerunRun', input)).run)),

  /**
   * Server-sent events of one run: the stored events after `lastEventId`, then live ones. Each is
   * `tracked` by its id, so an SSE reconnect (Last-Event-ID, which tRPC puts into `lastEventId`)
   * resumes exactly after the last event the client saw. Ends with the session (UNAUTHORIZED) or
   * with the caller's access to the run (FORBIDDEN "access revoked: …"): see live-stream.ts.
   */
  watchEvents: staffProcedure
    .input(runInput.extend({ lastEventId: resumeAfter('an event id') }))
    .subscription(async function* ({ ctx, input, signal }) {
      const events = liveStream(ctx.session, signal, (streamSignal) =>
        ctx.stream('watchRunEvents', { runId: input.runId, afterEventId: input.lastEventId }, streamSignal),
      );
      for await (const event of events) yield tracked(String(event.id), flowEventJson(event));
    }),
});
