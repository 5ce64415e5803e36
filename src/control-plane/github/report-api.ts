import {
  type CommitStatusRequest,
  type GitHubReportApi,
  GitHubReportError,
} from '../domain/github-reports/ports.js';
import { githubClient, githubWaitMs, httpStatusOf, responseHeadersOf } from './octokit.js';

export interface GitHubReportRestApiOptions {
  /** CODEXK8S_GITHUB_API_BASE_URL. */
  baseUrl: string;
  timeoutMs?: number;
  /** The clock GitHub's `x-ratelimit-reset` is compared with. */
  now?: () => number;
}

/**
 * GitHub's commit status and issue comment endpoints (@octokit/rest) for run reports (SPEC §13).
 * Octokit here retries nothing by itself: the outbox does, so every failure becomes a
 * GitHubReportError saying whether and when to try again.
 */
export class GitHubReportRestApi implements GitHubReportApi {
  constructor(private readonly options: GitHubReportRestApiOptions) {}

  private client(token: string) {
    return githubClient(token, this.options);
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
  const status = httpStatusOf(error);
  if (status === undefined)
    return new GitHubReportError('unavailable', `GitHub could not be reached: ${messageOf(error)}`);
  const headers = responseHeadersOf(error);
  const retryAfterMs = githubWaitMs(headers, now);
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
