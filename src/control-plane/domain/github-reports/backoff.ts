/** First retry after a transient failure; doubles with each further attempt, up to the cap. */
export const firstRetryMs = 1_000;
export const maxRetryMs = 5 * 60_000;

/**
 * The delay before the next attempt after `attempts` failed ones: exponential with ±20 % jitter
 * (replicas retrying one GitHub outage spread out), never shorter than what GitHub asked for.
 */
export function retryDelayMs(
  attempts: number,
  askedMs: number | null,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(maxRetryMs, firstRetryMs * 2 ** Math.min(Math.max(attempts, 0), 20));
  const jittered = Math.round(exponential * (0.8 + 0.4 * random()));
  return Math.max(jittered, askedMs ?? 0);
}
