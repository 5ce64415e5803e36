import { Octokit } from '@octokit/rest';
import {
  type CommitStatusRequest,
  type GitHubReportApi,
  GitHubReportError,
} from '../domain/github-reports/ports.js';

export interface GitHubReportRestApiOptions {
  /** CODEXK8S_GITHUB_API_BASE_URL. */
  baseUrl: string;
  timeoutMs?: number;
  /** The clock GitHub's `x-ratelimit-reset` is compared with. */
  now?: () => number;
}

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/**
 * GitHub's commit status and issue comment endpoints (@octokit/rest) for run reports (SPEC §13).
 * Octokit here retries nothing by itself: the outbox does, so every failure becomes a
 * GitHubReportError saying whether and when to try again.
 */
export class GitHubReportRestApi implements GitHubReportApi {
  constructor(private readonly options: GitHubReportRestApiOptions) {}

  private client(token: string): Octokit {
    return new Octokit({
      auth: token,
      baseUrl: this.options.baseUrl,
      userAgent: 'codex-k8s',
      log: quiet,
      request: { signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) },
    });
  }

  async createCommitStatus(token: string, request: CommitStatusRequest): Promise<void> {
    await this.call(() =>
      this.client(token).rest.repos.createCommitStatus({
        owner: request.owner,
        repo: request.repo,
        sha: request.sha,
        state: request.state,
        context: request.context,
        description: request.description,
        target_url: request.targetUrl,
      }),
    );
  }

  async createIssueComment(
    token: string,
    request: { owner: string; repo: string; number: number; body: string },
  ): Promise<number> {
    const { data } = await this.call(() =>
      this.client(token).rest.issues.createComment({
        owner: request.owner,
        repo: request.repo,
        issue_number: request.number,
        body: request.body,
      }),
    );
    return data.id;
  }

  async updateIssueComment(
    token: string,
    request: { owner: string; repo: string; commentId: number; body: string },
  ): Promise<void> {
    await this.call(() =>
      this.client(token).rest.issues.updateComment({
        owner: request.owner,
        repo: request.repo,
        comment_id: request.commentId,
        body: request.body,
      }),
    );
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw reportErrorOf(error, this.options.now ?? Date.now);
    }
  }
}

/** Octokit's RequestError (status, response headers) as what the outbox does next. */
export function reportErrorOf(error: unknown, now: () => number): GitHubReportError {
  const status = statusOf(error);
  if (status === undefined)
    return new GitHubReportError('unavailable', `GitHub could not be reached: ${messageOf(error)}`);
  const headers = headersOf(error);
  const retryAfterMs = retryAfterOf(headers, now);
  const exhausted = headers['x-ratelimit-remaining'] === '0';
  if ((status === 403 || status === 429) && (exhausted || retryAfterMs !== null))
    return new GitHubReportError('rate_limited', `GitHub rate limit (${status})`, status, retryAfterMs);
  if (status === 401) return new GitHubReportError('unauthorized', 'GitHub rejected the token (401)', status);
  if (status === 404)
    return new GitHubReportError('not_found', 'GitHub answered 404: the token cannot see it', status);
  if (status === 429 || status >= 500)
    return new GitHubReportError('unavailable', `GitHub answered ${status}`, status, retryAfterMs);
  return new GitHubReportError('refused', `GitHub refused the report (${status})`, status);
}

/** `Retry-After` (seconds) first, then `x-ratelimit-reset` (epoch seconds) when the limit is used up. */
function retryAfterOf(headers: Record<string, string>, now: () => number): number | null {
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim()) * 1000;
  const reset = headers['x-ratelimit-reset'];
  if (headers['x-ratelimit-remaining'] === '0' && reset !== undefined && /^\d+$/.test(reset.trim()))
    return Math.max(0, Number(reset.trim()) * 1000 - now());
  return null;
}

function statusOf(error: unknown): number | undefined {
  return error instanceof Error && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;
}

function headersOf(error: unknown): Record<string, string> {
  if (!(error instanceof Error) || !('response' in error)) return {};
  const response = error.response;
  if (typeof response !== 'object' || response === null || !('headers' in response)) return {};
  const headers = response.headers;
  if (typeof headers !== 'object' || headers === null) return {};
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (typeof value === 'string' || typeof value === 'number') result[name.toLowerCase()] = String(value);
  return result;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
