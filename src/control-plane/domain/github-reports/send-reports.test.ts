import { describe, expect, it } from 'vitest';
import { GitHubReportError } from './ports.js';
import { sendDueReports } from './send-reports.js';
import { FakeReportApi, fakeCipher, issuePayload, MemoryReportStore, prPayload } from './testing/fakes.js';

function sender() {
  const reports = new MemoryReportStore();
  const github = new FakeReportApi();
  const deps = { reports, github, cipher: fakeCipher, publicBaseUrl: 'https://codex.example.com/' };
  const tick = () => sendDueReports(deps, { owner: 'replica-1', limit: 10, leaseMs: 60_000 });
  return { reports, github, tick };
}

describe('sendDueReports', () => {
  it('a pull request run: commit statuses on the head SHA with the project context and the run link', async () => {
    const { reports, github, tick } = sender();
    reports.add({ runId: 'run-1', payload: prPayload() });
    expect(await tick()).toEqual({ sent: 1, failed: 0, retried: 0 });
    reports.change('run-1', 'running', { startedAt: new Date(0) });
    await tick();
    reports.change('run-1', 'succeeded', { finishedAt: new Date(75_000) });
    await tick();
    expect(github.calls).toEqual(
      ['pending', 'pending', 'success'].map((state) => ({
        kind: 'status',
        token: 'ghp_test',
        request: expect.objectContaining({
          owner: 'acme',
          repo: 'app',
          sha: 'a'.repeat(40),
          state,
          context: 'codex-k8s/alpha',
          targetUrl: 'https://codex.example.com/runs/run-1',
        }),
      })),
    );
    const descriptions = github.calls.map((call) => (call.kind === 'status' ? call.request.description : ''));
    expect(descriptions).toEqual([
      'codex-k8s run: Queued: waiting for a free slot',
      'codex-k8s run: Running',
      'codex-k8s run: Succeeded in 1m 15s',
    ]);
    expect(reports.events.map((event) => `${event.eventType} ${String(event.payload['state'])}`)).toEqual([
      'github.report.sent pending',
      'github.report.sent running',
      'github.report.sent succeeded',
    ]);
    expect(await tick()).toEqual({ sent: 0, failed: 0, retried: 0 });
  });

  it('later states supersede earlier unsent ones: only the latest goes out', async () => {
    const { reports, github, tick } = sender();
    reports.add({ runId: 'run-1', payload: prPayload() });
    reports.change('run-1', 'running');
    reports.change('run-1', 'failed');
    await tick();
    expect(github.calls.map((call) => (call.kind === 'status' ? call.request.state : call.kind))).toEqual([
      'failure',
    ]);
  });

  it('an issue run: one comment, created once, then edited; recreated if deleted on GitHub', async () => {
    const { reports, github, tick } = sender();
    reports.add({ runId: 'run-2', payload: issuePayload(12) });
    await tick();
    reports.change('run-2', 'canceled');
    await tick();
    expect(github.calls.map((call) => call.kind)).toEqual(['create_comment', 'update_comment']);
    const [created] = github.calls;
    expect(created).toMatchObject({ number: 12 });
    expect(github.comments.get(500)).toContain('codex-k8s run (project `alpha`): canceled');
    expect(github.comments.get(500)).toContain('[Open the run](https://codex.example.com/runs/run-2)');

    github.comments.clear();
    reports.change('run-2', 'canceled');
    await tick();
    expect(github.calls.map((call) => call.kind)).toEqual([
      'create_comment',
      'update_comment',
      'update_comment',
      'create_comment',
    ]);
    expect(reports.rows.get('run-2')?.commentId).toBe(501);
  });

  it('rate limits wait for the time GitHub names; other transient failures back off exponentially', async () => {
    const { reports, github, tick } = sender();
    reports.add({ runId: 'run-1', payload: prPayload() });
    github.failNext(new GitHubReportError('rate_limited', 'rate limit', 403, 3_000));
    expect(await tick()).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(reports.rows.get('run-1')?.nextAttemptAt).toBe(3_500);
    reports.now = 3_499;
    expect(await tick()).toEqual({ sent: 0, failed: 0, retried: 0 });
    reports.now = 3_500;
    github.failNext(
      new GitHubReportError('unavailable', '502', 502),
      new GitHubReportError('unavailable', '502', 502),
    );
    await tick();
    const first = reports.rows.get('run-1')!.nextAttemptAt - reports.now;
    reports.now += first;
    await tick();
    const second = reports.rows.get('run-1')!.nextAttemptAt - reports.now;
    expect(second).toBeGreaterThan(first);
    reports.now += second;
    expect(await tick()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(reports.rows.get('run-1')?.attempts).toBe(0);
  });

  it('no token, an unreadable token, 401 and 404: github.report.failed once, no retry until the next state change', async () => {
    const { reports, github, tick } = sender();
    reports.add({ runId: 'no-token', payload: prPayload(), tokenEncrypted: null });
    reports.add({ runId: 'garbled', payload: prPayload(), tokenEncrypted: Buffer.from([0]) });
    reports.add({ runId: 'refused', payload: issuePayload() });
    github.failNext(new GitHubReportError('unauthorized', '401', 401));
    expect(await tick()).toEqual({ sent: 0, failed: 3, retried: 0 });
    expect(reports.events.map((event) => [event.eventType, event.payload['reason']])).toEqual([
      ['github.report.failed', 'no_token'],
      ['github.report.failed', 'token_unreadable'],
      ['github.report.failed', 'unauthorized'],
    ]);
    reports.now += 3_600_000;
    expect(await tick()).toEqual({ sent: 0, failed: 0, retried: 0 });

    github.failNext(new GitHubReportError('not_found', '404', 404));
    reports.change('refused', 'running');
    expect(await tick()).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect(reports.events.at(-1)?.payload).toMatchObject({
      reason: 'not_found',
      status: 404,
      target: 'comment',
    });
  });

  it('a run that names no commit, issue or pull request is given up as no_target', async () => {
    const { reports, github, tick } = sender();
    reports.add({
      runId: 'run-1',
      payload: { repository: { full_name: 'acme/app' }, subject: { kind: 'none' } },
    });
    expect(await tick()).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect(github.calls).toEqual([]);
    expect(reports.events[0]?.payload).toMatchObject({ reason: 'no_target', target: null });
  });
});
