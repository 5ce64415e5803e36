import { type RunStatus } from '../../../shared/contract/run-status.js';

/** What a report says about a run: its state, how long it took, where to look. */
export interface ReportFacts {
  runId: string;
  state: RunStatus;
  projectSlug: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** CODEXK8S_PUBLIC_BASE_URL + /runs/<runId>. */
  runUrl: string;
}

export type CommitStatusState = 'pending' | 'success' | 'failure' | 'error';

export interface CommitStatusReport {
  state: CommitStatusState;
  /** `codex-k8s/<project slug>`. */
  context: string;
  description: string;
  targetUrl: string;
}

/** GitHub's commit status for a run state (SPEC §13); pending and running both `pending`, the description says which. */
export const commitStatusStates: Record<RunStatus, CommitStatusState> = {
  pending: 'pending',
  running: 'pending',
  succeeded: 'success',
  failed: 'failure',
  canceled: 'error',
};

export function runUrlFor(publicBaseUrl: string, runId: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/runs/${runId}`;
}

/** `42s`, `3m 05s`, `1h 02m`. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/** The run's duration once it has one: finished runs from start to finish; null before it ran. */
function durationOf(facts: ReportFacts): string | null {
  if (!facts.startedAt || !facts.finishedAt) return null;
  return formatDuration(facts.finishedAt.getTime() - facts.startedAt.getTime());
}

/** One short sentence per state, shared by the commit status and the comment. */
export function stateSentence(facts: ReportFacts): string {
  const duration = durationOf(facts);
  switch (facts.state) {
    case 'pending':
      return 'Queued: waiting for a free slot';
    case 'running':
      return 'Running';
    case 'succeeded':
      return duration ? `Succeeded in ${duration}` : 'Succeeded';
    case 'failed':
      return duration ? `Failed after ${duration}` : 'Failed before it started';
    case 'canceled':
      return duration ? `Canceled after ${duration}` : 'Canceled';
  }
}

export function commitStatusFor(facts: ReportFacts): CommitStatusReport {
  return {
    state: commitStatusStates[facts.state],
    context: `codex-k8s/${facts.projectSlug ?? 'run'}`,
    // GitHub keeps at most 140 characters.
    description: `codex-k8s run: ${stateSentence(facts)}`.slice(0, 140),
    targetUrl: facts.runUrl,
  };
}

const stateMarks: Record<RunStatus, string> = {
  pending: '⏳',
  running: '🔄',
  succeeded: '✅',
  failed: '❌',
  canceled: '⚪',
};

/** The run's comment on its issue or pull request, edited on each state change. */
export function commentBodyFor(facts: ReportFacts): string {
  const project = facts.projectSlug ? ` (project \`${facts.projectSlug}\`)` : '';
  return [
    `${stateMarks[facts.state]} **codex-k8s run${project}: ${facts.state}**`,
    '',
    `${stateSentence(facts)}. [Open the run](${facts.runUrl})`,
  ].join('\n');
}
