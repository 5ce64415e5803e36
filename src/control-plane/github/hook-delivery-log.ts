import {
  DeliveryLogError,
  type HookDeliveryEntry,
  type HookDeliveryLog,
  type HookDeliveryRequest,
} from '../domain/delivery-recovery/ports.js';
import { githubClient, githubWaitMs, httpStatusOf, responseHeadersOf } from './octokit.js';

export interface GitHubHookDeliveryLogOptions {
  /** CODEXK8S_GITHUB_API_BASE_URL. */
  baseUrl: string;
  /** Per request (a walk makes many). */
  timeoutMs?: number;
  /** Log entries per page (GitHub's maximum is 100). */
  perPage?: number;
}

const encoder = new TextEncoder();
/** When GitHub says "rate limited" without saying until when. */
const defaultRateLimitPauseMs = 60_000;

/**
 * GitHub's delivery log of a repository webhook (SPEC §14), through @octokit/rest:
 * `GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries` (newest first, paged by the cursor in the
 * Link header, which Octokit's pagination follows) and `GET …/deliveries/{delivery_id}`.
 */
export class GitHubHookDeliveryLog implements HookDeliveryLog {
  constructor(private readonly options: GitHubHookDeliveryLogOptions) {}

  private client(token: string) {
    return githubClient(token, this.options);
  }

  async *pages(
    token: string,
    owner: string,
    name: string,
    hookId: number,
  ): AsyncIterable<HookDeliveryEntry[]> {
    const github = this.client(token);
    const pages = github.paginate.iterator(github.rest.repos.listWebhookDeliveries, {
      owner,
      repo: name,
      hook_id: hookId,
      per_page: this.options.perPage ?? 100,
    });
    const iterator = pages[Symbol.asyncIterator]();
    for (;;) {
      let next: Awaited<ReturnType<typeof iterator.next>>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw deliveryLogError(error, `${owner}/${name}`);
      }
      if (next.done) return;
      yield next.value.data.map((entry) => ({
        id: entry.id,
        guid: entry.guid,
        deliveredAt: new Date(entry.delivered_at),
        event: entry.event,
      }));
    }
  }

  async request(
    token: string,
    owner: string,
    name: string,
    hookId: number,
    entryId: number,
  ): Promise<HookDeliveryRequest> {
    try {
      const { data } = await this.client(token).rest.repos.getWebhookDelivery({
        owner,
        repo: name,
        hook_id: hookId,
        delivery_id: entryId,
      });
      const payload: unknown = data.request.payload;
      return {
        event: data.event,
        payload: encoder.encode(typeof payload === 'string' ? payload : JSON.stringify(payload ?? {})),
      };
    } catch (error) {
      throw deliveryLogError(error, `${owner}/${name}`);
    }
  }
}

/** GitHub's answer as the walk's reasons: 401/403 the token, 404 the hook, rate limits with their end. */
function deliveryLogError(error: unknown, fullName: string): DeliveryLogError {
  if (error instanceof DeliveryLogError) return error;
  const status = httpStatusOf(error);
  const retryAt = rateLimitEnd(error, status);
  if (retryAt !== null)
    return new DeliveryLogError(
      'rate_limited',
      `GitHub's rate limit for ${fullName}: walks resume at ${retryAt.toISOString()}`,
      retryAt,
    );
  if (status === 401)
    return new DeliveryLogError(
      'unauthorized',
      `GitHub rejected the token of ${fullName} (401 Bad credentials)`,
    );
  if (status === 403)
    return new DeliveryLogError(
      'unauthorized',
      `GitHub refused the token of ${fullName} access to the webhook's deliveries (403); it needs admin:repo_hook`,
    );
  if (status === 404)
    return new DeliveryLogError(
      'hook_missing',
      `the webhook of ${fullName} is gone (404), or the token cannot see it; save the repository again`,
    );
  if (status !== undefined)
    return new DeliveryLogError('failed', `GitHub answered ${status} for ${fullName}`);
  return new DeliveryLogError('failed', `GitHub could not be reached for ${fullName}`);
}

/** When the walk may resume, if GitHub's answer is a rate limit; null when it is not one. */
function rateLimitEnd(error: unknown, status: number | undefined): Date | null {
  if (status !== 403 && status !== 429) return null;
  const waitMs = githubWaitMs(responseHeadersOf(error), Date.now);
  if (waitMs !== null) return new Date(Date.now() + Math.max(waitMs, 1000));
  return status === 429 ? new Date(Date.now() + defaultRateLimitPauseMs) : null;
}
