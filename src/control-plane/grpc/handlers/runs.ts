import {
  toOptionalTimestamp,
  toTimestamp,
  type ControlPlaneHandlers,
  type v1,
} from '../../../shared/proto/index.js';
import { cancelRun } from '../../domain/runs/cancel-run.js';
import { getRun } from '../../domain/runs/get-run.js';
import { listRunEvents } from '../../domain/runs/list-run-events.js';
import { listRunLearningFeedback } from '../../domain/runs/list-run-learning-feedback.js';
import { listRuns } from '../../domain/runs/list-runs.js';
import { rerunRun } from '../../domain/runs/rerun-run.js';
import {
  type FlowEventRecord,
  type LearningFeedbackRecord,
  type RunsPorts,
  type RunSummary,
} from '../../domain/runs/ports.js';
import { type RunContext } from '../../domain/runs/run-context.js';
import { watchRunEvents } from '../../domain/runs/watch-run-events.js';
import { type HandlerDependencies } from '../handler.js';
import { pageMessage } from './page-message.js';
import { staffStream, staffUnary } from './staff-call.js';

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
    context: runContextMessage(run.context),
  };
}

function runContextMessage(context: RunContext): v1.RunContext.$Properties {
  return {
    triggerKind: context.trigger?.kind ?? '',
    triggerValue: context.trigger?.value ?? '',
    instruction: context.instruction ?? '',
    subjectKind: context.subject.kind,
    subjectNumber: context.subject.number ?? 0,
    subjectTitle: context.subject.title ?? '',
    subjectUrl: context.links.subject ?? '',
    branch: context.branch ?? '',
    headSha: context.headSha ?? '',
    repositoryUrl: context.links.repository ?? '',
    branchUrl: context.links.branch ?? '',
    commitUrl: context.links.commit ?? '',
    senderUrl: context.links.sender ?? '',
  };
}

export function flowEventMessage(event: FlowEventRecord): v1.FlowEvent.$Properties {
  return {
    id: event.id,
    correlationId: event.correlationId,
    actorType: event.actorType,
    actorId: event.actorId,
    actorEmail: event.actorEmail ?? '',
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

/** ListRuns, GetRun, ListRunEvents, ListRunLearningFeedback, CancelRun, RerunRun, WatchRunEvents: mapping only. */
export function runsHandlers(
  deps: HandlerDependencies,
  runs: RunsPorts,
): Pick<
  ControlPlaneHandlers,
  | 'listRuns'
  | 'getRun'
  | 'listRunEvents'
  | 'listRunLearningFeedback'
  | 'cancelRun'
  | 'rerunRun'
  | 'watchRunEvents'
> {
  return {
    listRuns: staffUnary(deps, async (call, request: v1.ListRunsRequest) =>
      pageMessage(await listRuns(runs, call, request), runSummaryMessage),
    ),
    getRun: staffUnary(deps, async (call, request: v1.GetRunRequest) => {
      const { run, payload, links, queue } = await getRun(runs, call, request);
      return {
        run: runSummaryMessage(run),
        runPayloadJson: JSON.stringify(payload ?? {}),
        rerunOf: links.rerunOf ?? '',
        rerunIds: links.rerunIds,
        githubReport: {
          state: links.report.state,
          sentState: links.report.sentState ?? '',
          lastError: links.report.lastError ?? '',
        },
        queue: queue ?? undefined,
      };
    }),
    listRunEvents: staffUnary(deps, async (call, request: v1.ListRunEventsRequest) =>
      pageMessage(await listRunEvents(runs, call, request), flowEventMessage),
    ),
    listRunLearningFeedback: staffUnary(deps, async (call, request: v1.ListRunLearningFeedbackRequest) =>
      pageMessage(await listRunLearningFeedback(runs, call, request), learningFeedbackMessage),
    ),
    cancelRun: staffUnary(deps, async (call, request: v1.CancelRunRequest) => ({
      run: runSummaryMessage(await cancelRun(runs, call, request)),
    })),
    rerunRun: staffUnary(deps, async (call, request: v1.RerunRunRequest) => ({
      run: runSummaryMessage(await rerunRun(runs, call, request)),
    })),
    watchRunEvents: staffStream(
      deps,
      (call, request: v1.WatchRunEventsRequest, signal) =>
        watchRunEvents(
          runs,
          call,
          { runId: request.runId, afterEventId: Number(request.afterEventId) },
          signal,
        ),
      flowEventMessage,
    ),
  };
}
