import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff.js';
import { reportTargetOf } from './report-target.js';
import { commentBodyFor, commitStatusFor, formatDuration } from './report-text.js';

const bound = { project: { repository_id: '00000000-0000-4000-8000-000000000001' } };
const sha = 'b'.repeat(40);

describe('reportTargetOf', () => {
  it('a commit status when the payload names a commit, else a comment on the issue or pull request', () => {
    const repository = { full_name: 'acme/app' };
    expect(
      reportTargetOf({ ...bound, repository, subject: { kind: 'pull_request', number: 3, head_sha: sha } }),
    ).toEqual({ kind: 'commit_status', owner: 'acme', repo: 'app', sha });
    expect(
      reportTargetOf({ ...bound, repository, subject: { kind: 'commit', number: null, head_sha: sha } }),
    ).toEqual({
      kind: 'commit_status',
      owner: 'acme',
      repo: 'app',
      sha,
    });
    // A comment on a pull request carries no head SHA: the comment it is.
    expect(
      reportTargetOf({ ...bound, repository, subject: { kind: 'pull_request', number: 3, head_sha: null } }),
    ).toEqual({ kind: 'comment', owner: 'acme', repo: 'app', number: 3 });
    expect(reportTargetOf({ ...bound, repository, subject: { kind: 'issue', number: 9 } })).toEqual({
      kind: 'comment',
      owner: 'acme',
      repo: 'app',
      number: 9,
    });
  });

  it('nothing to report: no bound repository, no subject, malformed fields', () => {
    const repository = { full_name: 'acme/app' };
    const subject = { kind: 'issue', number: 9 };
    expect(reportTargetOf({ project: { repository_id: null }, repository, subject })).toBeNull();
    expect(reportTargetOf({ ...bound, repository, subject: { kind: 'none' } })).toBeNull();
    expect(reportTargetOf({ ...bound, repository: { full_name: 'nope' }, subject })).toBeNull();
    expect(reportTargetOf({ ...bound, repository, subject: { kind: 'issue', number: '9' } })).toBeNull();
    expect(
      reportTargetOf({ ...bound, repository, subject: { kind: 'commit', head_sha: 'short' } }),
    ).toBeNull();
    expect(reportTargetOf(null)).toBeNull();
  });
});

describe('report texts', () => {
  const facts = {
    runId: 'r1',
    projectSlug: 'alpha',
    startedAt: new Date(0),
    finishedAt: new Date(3_725_000),
    runUrl: 'https://x/runs/r1',
  };

  it('commit status states of SPEC §13 and short descriptions', () => {
    expect(commitStatusFor({ ...facts, state: 'pending', startedAt: null, finishedAt: null })).toEqual({
      state: 'pending',
      context: 'codex-k8s/alpha',
      description: 'codex-k8s run: Queued: waiting for a free slot',
      targetUrl: 'https://x/runs/r1',
    });
    expect(commitStatusFor({ ...facts, state: 'running', finishedAt: null }).description).toBe(
      'codex-k8s run: Running',
    );
    expect(commitStatusFor({ ...facts, state: 'succeeded' }).state).toBe('success');
    expect(commitStatusFor({ ...facts, state: 'failed' })).toMatchObject({
      state: 'failure',
      description: 'codex-k8s run: Failed after 1h 02m',
    });
    expect(commitStatusFor({ ...facts, state: 'canceled' }).state).toBe('error');
  });

  it('the comment says status, duration and link', () => {
    expect(commentBodyFor({ ...facts, state: 'succeeded' })).toBe(
      '✅ **codex-k8s run (project `alpha`): succeeded**\n\nSucceeded in 1h 02m. [Open the run](https://x/runs/r1)',
    );
    expect(formatDuration(4_400)).toBe('4s');
    expect(formatDuration(65_000)).toBe('1m 05s');
  });

  it('backoff doubles up to its cap and never undercuts what GitHub asked for', () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3].map((attempts) => retryDelayMs(attempts, null, middle))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
    expect(retryDelayMs(30, null, middle)).toBe(300_000);
    expect(retryDelayMs(0, 60_000, middle)).toBe(60_000);
  });
});
