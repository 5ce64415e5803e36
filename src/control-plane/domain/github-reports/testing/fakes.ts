import { type RunStatus } from '../../../../shared/contract/run-status.js';
import {
  type ClaimedReport,
  type CommitStatusRequest,
  type GitHubReportApi,
  GitHubReportError,
  type GitHubReportStore,
  type ReportEvent,
} from '../ports.js';

export interface MemoryReportRow {
  runId: string;
  correlationId: string;
  state: RunStatus;
  version: number;
  handledVersion: number;
  outcome: 'sent' | 'failed' | null;
  attempts: number;
  commentId: number | null;
  /** Milliseconds of the fake clock. */
  nextAttemptAt: number;
  leaseOwner: string | null;
  leaseUntil: number;
  payload: unknown;
  tokenEncrypted: Buffer | null;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** The outbox in memory, on a clock the test moves. */
export class MemoryReportStore implements GitHubReportStore {
  readonly rows = new Map<string, MemoryReportRow>();
  readonly events: (ReportEvent & { correlationId: string })[] = [];
  now = 0;

  add(row: Partial<MemoryReportRow> & Pick<MemoryReportRow, 'runId' | 'payload'>): MemoryReportRow {
    const full: MemoryReportRow = {
      correlationId: `delivery-${row.runId}`,
      state: 'pending',
      version: 1,
      handledVersion: 0,
      outcome: null,
      attempts: 0,
      commentId: null,
      nextAttemptAt: 0,
      leaseOwner: null,
      leaseUntil: 0,
      tokenEncrypted: Buffer.from('sealed:ghp_test'),
      startedAt: null,
      finishedAt: null,
      ...row,
    };
    this.rows.set(full.runId, full);
    return full;
  }

  /** A run state change, as the state-changing statements write it. */
  change(runId: string, state: RunStatus, facts: Partial<MemoryReportRow> = {}): void {
    const row = this.rows.get(runId);
    if (!row) return;
    Object.assign(row, facts, { state, version: row.version + 1 });
  }

  claimDue(input: { owner: string; limit: number; leaseMs: number }): Promise<ClaimedReport[]> {
    const due = [...this.rows.values()]
      .filter(
        (row) =>
          row.version > row.handledVersion && row.nextAttemptAt <= this.now && row.leaseUntil <= this.now,
      )
      .slice(0, input.limit);
    for (const row of due) {
      row.leaseOwner = input.owner;
      row.leaseUntil = this.now + input.leaseMs;
    }
    return Promise.resolve(
      due.map((row) => ({
        runId: row.runId,
        correlationId: row.correlationId,
        version: row.version,
        state: row.state,
        attempts: row.attempts,
        commentId: row.commentId,
        projectSlug: 'alpha',
        payload: row.payload,
        startedAt: row.startedAt,
        finishedAt: row.finishedAt,
        tokenEncrypted: row.tokenEncrypted,
      })),
    );
  }

  private leased(runId: string, owner: string): MemoryReportRow | null {
    const row = this.rows.get(runId);
    return row && row.leaseOwner === owner ? row : null;
  }

  markSent(input: {
    runId: string;
    owner: string;
    version: number;
    commentId: number | null;
    event: ReportEvent;
  }): Promise<void> {
    this.handled(input, 'sent');
    return Promise.resolve();
  }

  markFailed(input: {
    runId: string;
    owner: string;
    version: number;
    commentId: number | null;
    event: ReportEvent;
  }): Promise<void> {
    this.handled(input, 'failed');
    return Promise.resolve();
  }

  releaseLeases(owner: string): Promise<void> {
    for (const row of this.rows.values())
      if (row.leaseOwner === owner) Object.assign(row, { leaseOwner: null, leaseUntil: 0 });
    return Promise.resolve();
  }

  retryLater(input: {
    runId: string;
    owner: string;
    delayMs: number;
    commentId: number | null;
  }): Promise<void> {
    const row = this.leased(input.runId, input.owner);
    if (row) {
      row.attempts += 1;
      row.nextAttemptAt = this.now + input.delayMs;
      row.commentId = input.commentId;
      row.leaseOwner = null;
      row.leaseUntil = 0;
    }
    return Promise.resolve();
  }

  private handled(
    input: { runId: string; owner: string; version: number; commentId: number | null; event: ReportEvent },
    outcome: 'sent' | 'failed',
  ): void {
    const row = this.leased(input.runId, input.owner);
    if (!row) return;
    row.handledVersion = Math.max(row.handledVersion, input.version);
    row.outcome = outcome;
    row.attempts = 0;
    row.commentId = input.commentId;
    row.leaseOwner = null;
    row.leaseUntil = 0;
    this.events.push({ ...input.event, correlationId: row.correlationId });
  }
}

export type RecordedCall =
  | { kind: 'status'; token: string; request: CommitStatusRequest }
  | { kind: 'create_comment'; token: string; number: number; body: string }
  | { kind: 'update_comment'; token: string; commentId: number; body: string };

/** GitHub's report endpoints in memory; `failNext` scripts the next answers. */
export class FakeReportApi implements GitHubReportApi {
  readonly calls: RecordedCall[] = [];
  private readonly failures: GitHubReportError[] = [];
  private nextCommentId = 500;
  readonly comments = new Map<number, string>();

  failNext(...errors: GitHubReportError[]): void {
    this.failures.push(...errors);
  }

  private answer(): void {
    const failure = this.failures.shift();
    if (failure) throw failure;
  }

  createCommitStatus(token: string, request: CommitStatusRequest): Promise<void> {
    this.calls.push({ kind: 'status', token, request });
    this.answer();
    return Promise.resolve();
  }

  createIssueComment(token: string, request: { number: number; body: string }): Promise<number> {
    this.calls.push({ kind: 'create_comment', token, number: request.number, body: request.body });
    this.answer();
    const id = this.nextCommentId++;
    this.comments.set(id, request.body);
    return Promise.resolve(id);
  }

  updateIssueComment(token: string, request: { commentId: number; body: string }): Promise<void> {
    this.calls.push({ kind: 'update_comment', token, commentId: request.commentId, body: request.body });
    this.answer();
    if (!this.comments.has(request.commentId))
      return Promise.reject(new GitHubReportError('not_found', 'no such comment', 404));
    this.comments.set(request.commentId, request.body);
    return Promise.resolve();
  }
}

/** "Decrypts" `sealed:<token>`; anything else is unreadable. */
export const fakeCipher = {
  decrypt(stored: Buffer): string {
    const text = stored.toString('utf8');
    if (!text.startsWith('sealed:')) throw new Error('bad ciphertext');
    return text.slice('sealed:'.length);
  },
};

export const prPayload = (sha = 'a'.repeat(40)) => ({
  repository: { full_name: 'acme/app' },
  project: { repository_id: '00000000-0000-4000-8000-000000000001' },
  subject: { kind: 'pull_request', number: 7, head_sha: sha },
});

export const issuePayload = (number = 12) => ({
  repository: { full_name: 'acme/app' },
  project: { repository_id: '00000000-0000-4000-8000-000000000001' },
  subject: { kind: 'issue', number, head_sha: null },
});
