import { z } from 'zod';
import { id, listInput } from '../inputs.js';
import { flowEventJson, learningFeedbackJson, pageJson, runJson, runPayloadJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

const runStatus = z.enum(['pending', 'running', 'succeeded', 'failed', 'canceled'], {
  error: 'must be one of pending, running, succeeded, failed, canceled',
});

/** runs.list, runs.get, runs.events, runs.learningFeedback (SPEC §6). Access is decided by the control-plane. */
export const runsRouter = router({
  list: staffProcedure
    .input(z.object({ ...listInput, projectId: id().nullish(), status: runStatus.nullish() }))
    .query(async ({ ctx, input }) => {
      const response = await ctx.controlPlane.call(
        'listRuns',
        {
          principal: ctx.principal,
          limit: input.limit,
          cursor: input.cursor ?? '',
          projectId: input.projectId ?? '',
          status: input.status ?? '',
        },
        { correlationId: ctx.correlationId },
      );
      return pageJson(response, runJson);
    }),
  get: staffProcedure.input(z.object({ runId: id() })).query(async ({ ctx, input }) => {
    const response = await ctx.controlPlane.call(
      'getRun',
      { principal: ctx.principal, runId: input.runId },
      { correlationId: ctx.correlationId },
    );
    return { run: runJson(response.run), payload: runPayloadJson(response.runPayloadJson) };
  }),
  events: staffProcedure.input(z.object({ runId: id(), ...listInput })).query(async ({ ctx, input }) => {
    const response = await ctx.controlPlane.call(
      'listRunEvents',
      { principal: ctx.principal, runId: input.runId, limit: input.limit, cursor: input.cursor ?? '' },
      { correlationId: ctx.correlationId },
    );
    return pageJson(response, flowEventJson);
  }),
  learningFeedback: staffProcedure
    .input(z.object({ runId: id(), ...listInput }))
    .query(async ({ ctx, input }) => {
      const response = await ctx.controlPlane.call(
        'listRunLearningFeedback',
        { principal: ctx.principal, runId: input.runId, limit: input.limit, cursor: input.cursor ?? '' },
        { correlationId: ctx.correlationId },
      );
      return pageJson(response, learningFeedbackJson);
    }),
});
