import {
  toOptionalTimestamp,
  toTimestamp,
  type ControlPlaneHandlers,
  type v1,
} from '../../../shared/proto/index.js';
import {
  cancelRun,
  openRunEventStream,
  type RunLifecycleDependencies,
} from '../../domain/runs-lifecycle/use-cases.js';
import { type FlowEventView, type RunView } from '../../domain/runs-lifecycle/ports.js';
import { serverStream, unary, type HandlerDependencies } from '../handler.js';

function runMessage(run: RunView): v1.Run.$Properties {
  return {
    id: run.id,
    correlationId: run.correlationId,
    projectId: run.projectId ?? '',
    projectSlug: run.projectSlug ?? '',
    projectName: run.projectName ?? '',
    status: run.status,
    learningMode: run.learningMode,
    eventType: run.eventType,
    action: run.action,
    repositoryFullName: run.repositoryFullName,
    senderLogin: run.senderLogin,
    jobName: run.jobName ?? '',
    createdAt: toTimestamp(run.createdAt),
    updatedAt: toTimestamp(run.updatedAt),
    startedAt: toOptionalTimestamp(run.startedAt) ?? undefined,
    finishedAt: toOptionalTimestamp(run.finishedAt) ?? undefined,
  };
}

function flowEventMessage(event: FlowEventView): v1.FlowEvent.$Properties {
  return {
    id: event.id,
    correlationId: event.correlationId,
    actorType: event.actorType,
    actorId: event.actorId,
    eventType: event.eventType,
    payloadJson: JSON.stringify(event.payload),
    createdAt: toTimestamp(event.createdAt),
  };
}

/** CancelRun and WatchRunEvents: mapping only; rules and the live feed are in domain/runs-lifecycle. */
export function runsLiveHandlers(
  deps: HandlerDependencies,
  lifecycle: RunLifecycleDependencies,
): Pick<ControlPlaneHandlers, 'cancelRun' | 'watchRunEvents'> {
  return {
    cancelRun: unary(deps, async (request: v1.CancelRunRequest) => {
      const run = await cancelRun(lifecycle, {
        userId: request.principal?.userId ?? '',
        runId: request.runId,
      });
      return { run: runMessage(run) };
    }),
    watchRunEvents: serverStream(deps, async (request: v1.WatchRunEventsRequest, write, signal) => {
      const events = await openRunEventStream(
        lifecycle,
        {
          userId: request.principal?.userId ?? '',
          runId: request.runId,
          afterEventId: Number(request.afterEventId),
        },
        signal,
      );
      for await (const event of events) await write(flowEventMessage(event));
    }),
  };
}
