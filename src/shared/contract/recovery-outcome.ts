/**
 * How the last walk of a repository webhook's delivery log ended (SPEC §14): read completely, the
 * token refused (401/403), the hook gone (404), held back by GitHub's rate limit, or broken otherwise.
 */
export const recoveryOutcomes = ['ok', 'unauthorized', 'hook_missing', 'rate_limited', 'failed'] as const;

export type RecoveryOutcome = (typeof recoveryOutcomes)[number];
