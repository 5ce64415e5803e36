import {
  toOptionalTimestamp,
  toTimestamp,
  type ControlPlaneHandlers,
  type v1,
} from '../../../shared/proto/index.js';
import {
  type FlowEventRecord,
  type LearningFeedbackRecord,
  type RunSummary,
} from '../../domain/runs/ports.js';
import { type RunsService } from '../../domain/runs/runs.js';
import { unary, type HandlerDependencies } from '../handler.js';
import { staffCall } from './staff-call.js';

export function runSummaryMessage(run: RunSummary): v1.Run.$Properties {
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

export function flowEventMessage(event: FlowEventRecord): v1.FlowEvent.$Properties {
  return {
    id: event.id,
    correlationId: event.correlationId,
    actorType: event.actorType,
    actorId: event.actorId,
    eventType: event.eventType,
    payloadJson: JSON.stringify(event.payload ?? {}),
    createdAt: toTimestamp(event.createdAt),
  };
}

function learningFeedbackMessage(feedback: LearningFeedbackRecord): v1.LearningFeedback.$Properties {
  return {
    id: feedback.id,
    runId: feedback.runId,
    repositoryId: feedback.repositoryId ?? '',
    prNumber: feedback.prNumber ?? 0,
    filePath: feedback.filePath ?? '',
    line: feedback.line ?? 0,
    kind: feedback.kind,
    explanation: feedback.explanation,
    createdAt: toTimestamp(feedback.createdAt),
  };
}

/** ListRuns, GetRun, ListRunEvents, ListRunLearningFeedback: mapping only. */
export function runsHandlers(
  deps: HandlerDependencies,
  service: RunsService,
): Pick<ControlPlaneHandlers, 'listRuns' | 'getRun' | 'listRunEvents' | 'listRunLearningFeedback'> {
  return {
    listRuns: unary(deps, async (request: v1.ListRunsRequest, context) => {
      const page = await service.list(staffCall(request.principal, context), {
        limit: request.limit,
        cursor: request.cursor,
        projectId: request.projectId,
        status: request.status,
      });
      return { items: page.items.map(runSummaryMessage), nextCursor: page.nextCursor };
    }),
    getRun: unary(deps, async (request: v1.GetRunRequest, context) => {
      const { run, payload } = await service.get(staffCall(request.principal, context), request.runId);
      return { run: runSummaryMessage(run), runPayloadJson: JSON.stringify(payload ?? {}) };
    }),
    listRunEvents: unary(deps, async (request: v1.ListRunEventsRequest, context) => {
      const page = await service.events(
        staffCall(request.principal, context),
        request.runId,
        request.limit,
        request.cursor,
      );
      return { items: page.items.map(flowEventMessage), nextCursor: page.nextCursor };
    }),
    listRunLearningFeedback: unary(deps, async (request: v1.ListRunLearningFeedbackRequest, context) => {
      const page = await service.learningFeedback(
        staffCall(request.principal, context),
        request.runId,
        request.limit,
        request.cursor,
      );
      return { items: page.items.map(learningFeedbackMessage), nextCursor: page.nextCursor };
    }),
  };
}
