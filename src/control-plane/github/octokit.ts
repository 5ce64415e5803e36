import { Octokit } from '@octokit/rest';

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/**
 * An Octokit client for one token, as every GitHub adapter here uses it: no logging of its own
 * (the callers log what matters, never the token) and a timeout per request, so a client that
 * pages through many requests is not cut off by one deadline for its whole life.
 */
export function githubClient(token: string, options: { baseUrl: string; timeoutMs?: number }): Octokit {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Octokit({
    auth: token,
    baseUrl: options.baseUrl,
    userAgent: 'codex-k8s',
    log: quiet,
    request: {
      fetch: (url: string | URL | Request, init?: RequestInit) =>
        fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
    },
  });
}

/**
 * The HTTP status GitHub answered, from Octokit's RequestError (its class is not a direct
 * dependency here); undefined when no answer came: Octokit reports a network failure as status
 * 500 without a response.
 */
export function httpStatusOf(error: unknown): number | undefined {
  if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') return undefined;
  return 'response' in error && error.response ? error.status : undefined;
}

/** The response headers of Octokit's RequestError, names in lower case; empty when there was no answer. */
export function responseHeadersOf(error: unknown): Record<string, string> {
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

/**
 * How long GitHub asks to wait, in milliseconds: `Retry-After` (seconds) first, then
 * `x-ratelimit-reset` (epoch seconds) when `x-ratelimit-remaining` is 0; null when it asks nothing.
 */
export function githubWaitMs(headers: Record<string, string>, now: () => number): number | null {
  const retryAfter = headers['retry-after']?.trim();
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
  const reset = headers['x-ratelimit-reset']?.trim();
  if (headers['x-ratelimit-remaining'] === '0' && reset !== undefined && /^\d+$/.test(reset))
    return Math.max(0, Number(reset) * 1000 - now());
  return null;
}
