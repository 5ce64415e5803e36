/**
 * GitHub feedback (SPEC §13): what the report sender needs from outside. The outbox rows are written
 * by the run state changes themselves (ingest, dispatcher, cancel, rerun) in their transactions; the
 * sender only leases due rows, talks to GitHub and records how each attempt ended.
 */
import { type RunStatus } from '../../../shared/contract/run-status.js';
import { type TokenCipher } from '../repositories/ports.js';
import { type CommitStatusReport } from './report-text.js';

/** A due outbox row leased to this sender, with what the report needs of its run. */
export interface ClaimedReport {
  runId: string;
  correlationId: string;
  /** The state change being delivered; `handled_version` becomes this when it is. */
  version: number;
  state: RunStatus;
  /** Failed attempts since the last delivered state (the backoff's exponent). */
  attempts: number;
  commentId: number | null;
  projectSlug: string | null;
  /** The stored run payload (SPEC §4): repository, project binding, subject. */
  payload: unknown;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** The bound repository's encrypted token; null when the repository or its token is gone. */
  tokenEncrypted: Buffer | null;
}

/** A flow event the store appends with the outcome, in the same statement. */
export interface ReportEvent {
  eventType: 'github.report.sent' | 'github.report.failed';
  payload: Record<string, unknown>;
}

/** A row this sender leased, as it hands it back: which run, whose lease, the run's comment so far. */
export interface LeasedReport {
  runId: string;
  owner: string;
  commentId: number | null;
}

/** A version of the run's state settled: sent to GitHub, or given up on. */
export interface HandledReport extends LeasedReport {
  version: number;
  event: ReportEvent;
}

export interface GitHubReportStore {
  /** Leases up to `limit` due rows (SKIP LOCKED) for `leaseMs`; rows leased elsewhere are skipped. */
  claimDue(input: { owner: string; limit: number; leaseMs: number }): Promise<ClaimedReport[]>;
  /** The version reached GitHub: handled, lease released, attempts reset, event appended. */
  markSent(input: HandledReport & { state: RunStatus }): Promise<void>;
  /** Given up on this version (no token, GitHub refused): handled as failed, event appended; the next state change tries again. */
  markFailed(input: HandledReport & { error: string }): Promise<void>;
  /** Hands this sender's leases back (on stop), so another replica sends those rows at once. */
  releaseLeases(owner: string): Promise<void>;
  /** Not delivered yet: try again after `delayMs` (database clock), one more attempt counted. */
  retryLater(input: LeasedReport & { delayMs: number; error: string }): Promise<void>;
}

export interface CommitStatusRequest extends CommitStatusReport {
  owner: string;
  repo: string;
  sha: string;
}

/** GitHub's REST calls a report makes, with the repository's token. Failures throw GitHubReportError. */
export interface GitHubReportApi {
  createCommitStatus(token: string, request: CommitStatusRequest): Promise<void>;
  /** Returns the new comment's id. */
  createIssueComment(
    token: string,
    request: { owner: string; repo: string; number: number; body: string },
  ): Promise<number>;
  updateIssueComment(
    token: string,
    request: { owner: string; repo: string; commentId: number; body: string },
  ): Promise<void>;
}

/**
 * Why a GitHub call did not land: `rate_limited` (403/429 with `x-ratelimit-remaining: 0`, or a
 * `Retry-After`) and `unavailable` (5xx, network) are retried; `unauthorized` (401), `not_found`
 * (404) and `refused` (other 4xx) are not.
 */
export type GitHubReportFailure = 'rate_limited' | 'unavailable' | 'unauthorized' | 'not_found' | 'refused';

export class GitHubReportError extends Error {
  constructor(
    readonly failure: GitHubReportFailure,
    message: string,
    readonly status: number | null = null,
    /** How long GitHub asked us to wait (Retry-After, x-ratelimit-reset), when it said. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'GitHubReportError';
  }
}

export interface GitHubReportsPorts {
  reports: GitHubReportStore;
  github: GitHubReportApi;
  cipher: Pick<TokenCipher, 'decrypt'>;
  /** CODEXK8S_PUBLIC_BASE_URL: the run links. */
  publicBaseUrl: string;
}
