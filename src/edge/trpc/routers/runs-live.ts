import { tracked } from '@trpc/server';
import { z } from 'zod';
import { timestampToIso, type v1 } from '../../../shared/proto/index.js';
import { grpcErrorToTrpcError } from '../../control-plane/errors.js';
import { router, staffProcedure } from '../trpc.js';

const runId = z.uuid({ error: 'must be a UUID' });

/** A flow event as the SPA sees it: camelCase, ISO timestamp, the payload parsed. */
function flowEventJson(event: v1.FlowEvent) {
  let payload: unknown = {};
  try {
    payload = JSON.parse(event.payloadJson || '{}');
  } catch {
    payload = {};
  }
  return {
    id: Number(event.id),
    correlationId: event.correlationId,
    actorType: event.actorType,
    actorId: event.actorId,
    eventType: event.eventType,
    payload,
    createdAt: timestampToIso(event.createdAt),
  };
}

function runJson(run: v1.IRun | null | undefined) {
  return {
    id: run?.id ?? '',
    correlationId: run?.correlationId ?? '',
    projectId: run?.projectId || null,
    projectSlug: run?.projectSlug || null,
    projectName: run?.projectName || null,
    status: run?.status ?? '',
    learningMode: run?.learningMode ?? false,
    eventType: run?.eventType ?? '',
    action: run?.action ?? '',
    repositoryFullName: run?.repositoryFullName ?? '',
    senderLogin: run?.senderLogin ?? '',
    jobName: run?.jobName || null,
    createdAt: timestampToIso(run?.createdAt),
    updatedAt: timestampToIso(run?.updatedAt),
    startedAt: timestampToIso(run?.startedAt),
    finishedAt: timestampToIso(run?.finishedAt),
  };
}

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
   * resumes exactly after the last event the client saw.
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
      const stream = ctx.controlPlane.stream(
        'watchRunEvents',
        {
          principal: ctx.principal,
          runId: input.runId,
          afterEventId: input.lastEventId ? Number(input.lastEventId) : 0,
        },
        { correlationId: ctx.correlationId, signal },
      );
      try {
        for await (const event of stream) {
          yield tracked(String(event.id), flowEventJson(event));
        }
      } catch (error) {
        // Errors thrown while iterating bypass the procedure middleware: map them here.
        throw grpcErrorToTrpcError(error);
      }
    }),
});
