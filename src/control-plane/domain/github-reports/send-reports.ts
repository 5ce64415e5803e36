import { retryDelayMs } from './backoff.js';
import {
  type ClaimedReport,
  GitHubReportError,
  type GitHubReportFailure,
  type GitHubReportsPorts,
  type ReportEvent,
} from './ports.js';
import { reportTargetOf, type ReportTarget } from './report-target.js';
import { commentBodyFor, commitStatusFor, type ReportFacts, runUrlFor } from './report-text.js';

/** Flow event types of GitHub feedback (SPEC §13); names are part of the contract. */
export const reportEventTypes = {
  sent: 'github.report.sent',
  failed: 'github.report.failed',
} as const;

/** Why a report was given up on (the `reason` of `github.report.failed`). */
export type ReportFailureReason =
  'no_target' | 'no_token' | 'token_unreadable' | 'unauthorized' | 'not_found' | 'refused';

export interface SendReportsInput {
  /** This sender's lease owner id (unique per process start). */
  owner: string;
  /** Rows leased per tick. */
  limit: number;
  /** How long a leased row stays this sender's; longer than a send takes. */
  leaseMs: number;
  signal?: AbortSignal;
}

export interface SendReportsResult {
  sent: number;
  failed: number;
  retried: number;
}

/** Rate limits are announced to the second: wait a little past the reset. */
const resetMarginMs = 500;

/**
 * One tick of the report sender (SPEC §13): leases the due outbox rows and delivers each row's
 * latest state. A row's earlier states that were never sent are simply not sent (the row holds
 * only the latest), so the final state is always the one that goes out. A missing or unreadable
 * token and GitHub's 401/404 (other 4xx too) end in `github.report.failed` and no retry until the
 * run's next state change; rate limits wait for the time GitHub names; other failures back off.
 */
export async function sendDueReports(
  deps: GitHubReportsPorts,
  input: SendReportsInput,
): Promise<SendReportsResult> {
  const result: SendReportsResult = { sent: 0, failed: 0, retried: 0 };
  const claimed = await deps.reports.claimDue({
    owner: input.owner,
    limit: input.limit,
    leaseMs: input.leaseMs,
  });
  for (const report of claimed) {
    // Stopping: the rest stay leased until their lease ends, then another replica (or the restart) sends them.
    if (input.signal?.aborted) break;
    result[await sendReport(deps, input.owner, report)] += 1;
  }
  return result;
}

type SendOutcome = 'sent' | 'failed' | 'retried';

async function sendReport(
  deps: GitHubReportsPorts,
  owner: string,
  report: ClaimedReport,
): Promise<SendOutcome> {
  const target = reportTargetOf(report.payload);
  const common = { runId: report.runId, owner, version: report.version };
  const fail = async (
    reason: ReportFailureReason,
    error: string,
    commentId: number | null,
    status: number | null = null,
  ): Promise<SendOutcome> => {
    await deps.reports.markFailed({
      ...common,
      error,
      commentId,
      event: failedEvent(report, target, reason, status),
    });
    return 'failed';
  };
  if (!target) return fail('no_target', 'the run names no commit, issue or pull request', report.commentId);
  if (!report.tokenEncrypted) return fail('no_token', 'the repository has no stored token', report.commentId);
  let token: string;
  try {
    token = deps.cipher.decrypt(report.tokenEncrypted);
  } catch {
    return fail('token_unreadable', 'the stored token cannot be decrypted', report.commentId);
  }

  const facts: ReportFacts = {
    runId: report.runId,
    state: report.state,
    projectSlug: report.projectSlug,
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    runUrl: runUrlFor(deps.publicBaseUrl, report.runId),
  };
  let commentId = report.commentId;
  try {
    if (target.kind === 'commit_status') {
      await deps.github.createCommitStatus(token, {
        owner: target.owner,
        repo: target.repo,
        sha: target.sha,
        ...commitStatusFor(facts),
      });
    } else {
      commentId = await upsertComment(deps, token, target, commentId, commentBodyFor(facts));
    }
  } catch (error) {
    if (!(error instanceof GitHubReportError)) throw error;
    if (error.failure === 'rate_limited' || error.failure === 'unavailable') {
      const delayMs =
        error.failure === 'rate_limited' && error.retryAfterMs !== null
          ? error.retryAfterMs + resetMarginMs
          : retryDelayMs(report.attempts, error.retryAfterMs);
      await deps.reports.retryLater({ runId: report.runId, owner, delayMs, error: error.message, commentId });
      return 'retried';
    }
    return fail(reasonOf(error.failure), error.message, commentId, error.status);
  }
  await deps.reports.markSent({
    ...common,
    state: report.state,
    commentId,
    event: {
      eventType: reportEventTypes.sent,
      payload: {
        run_id: report.runId,
        state: report.state,
        target: target.kind,
        ...(target.kind === 'commit_status'
          ? { sha: target.sha }
          : { number: target.number, comment_id: commentId }),
        attempts: report.attempts + 1,
      },
    },
  });
  return 'sent';
}

/** The run's one comment: edited when it exists, created when it does not (or was deleted on GitHub). */
async function upsertComment(
  deps: GitHubReportsPorts,
  token: string,
  target: Extract<ReportTarget, { kind: 'comment' }>,
  commentId: number | null,
  body: string,
): Promise<number> {
  const where = { owner: target.owner, repo: target.repo };
  if (commentId !== null) {
    try {
      await deps.github.updateIssueComment(token, { ...where, commentId, body });
      return commentId;
    } catch (error) {
      if (!(error instanceof GitHubReportError) || error.failure !== 'not_found') throw error;
    }
  }
  return deps.github.createIssueComment(token, { ...where, number: target.number, body });
}

function reasonOf(failure: GitHubReportFailure): ReportFailureReason {
  return failure === 'unauthorized' || failure === 'not_found' ? failure : 'refused';
}

function failedEvent(
  report: ClaimedReport,
  target: ReportTarget | null,
  reason: ReportFailureReason,
  status: number | null,
): ReportEvent {
  return {
    eventType: reportEventTypes.failed,
    payload: {
      run_id: report.runId,
      state: report.state,
      target: target?.kind ?? null,
      reason,
      ...(status !== null ? { status } : {}),
    },
  };
}
