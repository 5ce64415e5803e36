import { describe, expect, it } from 'vitest';
import { reportErrorOf } from './report-api.js';

/** Octokit's RequestError shape: status and response headers. */
function requestError(status: number, headers: Record<string, string> = {}) {
  return Object.assign(new Error(`HTTP ${status}`), { status, response: { headers } });
}

describe('reportErrorOf', () => {
  const now = () => 1_000_000;

  it('403/429 with x-ratelimit-remaining 0 waits until x-ratelimit-reset; Retry-After wins when given', () => {
    const limited = reportErrorOf(
      requestError(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1003' }),
      now,
    );
    expect(limited).toMatchObject({ failure: 'rate_limited', status: 403, retryAfterMs: 3_000 });
    expect(reportErrorOf(requestError(429, { 'retry-after': '7' }), now)).toMatchObject({
      failure: 'rate_limited',
      retryAfterMs: 7_000,
    });
    expect(reportErrorOf(requestError(403, { 'retry-after': '60' }), now)).toMatchObject({
      failure: 'rate_limited',
      retryAfterMs: 60_000,
    });
  });

  it('401 and 404 are not retried, other 4xx refused; 5xx and network errors retried', () => {
    expect(reportErrorOf(requestError(401), now).failure).toBe('unauthorized');
    expect(reportErrorOf(requestError(404), now).failure).toBe('not_found');
    expect(reportErrorOf(requestError(403), now).failure).toBe('refused');
    expect(reportErrorOf(requestError(422), now).failure).toBe('refused');
    expect(reportErrorOf(requestError(502), now).failure).toBe('unavailable');
    expect(reportErrorOf(new TypeError('fetch failed'), now).failure).toBe('unavailable');
  });
});
