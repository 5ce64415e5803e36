/**
 * Where a run's GitHub report stands (SPEC §13), as runs.get and the console show it:
 * `none` (the run reports nothing: no bound repository, or no commit, issue or pull request),
 * `pending` (a state change not yet delivered), `sent` (GitHub has the latest state),
 * `failed` (GitHub refused it or the repository has no usable token; not retried until the next change).
 */
export const githubReportStates = ['none', 'pending', 'sent', 'failed'] as const;

export type GitHubReportState = (typeof githubReportStates)[number];
