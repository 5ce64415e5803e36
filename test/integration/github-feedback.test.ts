/**
 * SPEC §13 through the real processes against the fake GitHub on loopback: run states reported as
 * commit statuses (pull requests, pushes) or one edited comment (issues), through the outbox.
 *
 * Topology, one database: the staff platform's control-plane serves the edge (no dispatcher, no
 * sender); a `reporter` replica only sends reports (CODEXK8S_GITHUB_REPORT_INTERVAL=100ms); a
 * `worker` replica only dispatches runs (report interval 0), started once the first run's
 * `pending` status is on GitHub, so that state is reported before any run can start. Each run's
 * command waits for the test to write its exit code (scriptedCommand), so every state lasts as
 * long as the test needs it to.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editedPayload, examplePayload } from '../../scripts/webhook-payload.js';
import { sendWebhook } from '../support/github-webhooks.js';
import { type FakeCommitStatus } from '../support/fake-github-api.js';
import { type ControlPlaneHandle, startControlPlane } from '../support/platform.js';
import { dispatcherEnv, scriptedCommand, waitFor } from '../support/runs.js';
import { type SeededUser, startStaffPlatform, type StaffPlatform } from '../support/staff-platform.js';

const repository = { owner: 'acme', name: 'feedback', id: 830_001 };
const token = `ghp_${randomBytes(18).toString('hex')}`;
const projectSlug = 'feedback';

/** A command that waits for its script (the exit status the test picks), then runs it. */
function gatedCommand(dir: string): string {
  return `while [ ! -e "${dir}/$CODEXK8S_RUN_ID" ]; do sleep 0.1; done; eval "$(cat "${dir}/$CODEXK8S_RUN_ID")"`;
}

describe('GitHub feedback through the real processes (SPEC §13)', () => {
  let platform: StaffPlatform;
  let owner: SeededUser;
  let projectId: string;
  let reporter: ControlPlaneHandle | null = null;
  let worker: ControlPlaneHandle | null = null;
  const runs = scriptedCommand();
  const baseUrl = 'https://codex.example.test';

  const replicaEnv = (env: Record<string, string>) => ({
    CODEXK8S_GITHUB_API_BASE_URL: platform.github.apiBaseUrl,
    ...env,
  });

  async function startReporter(): Promise<ControlPlaneHandle> {
    const handle = await startControlPlane({
      databaseUrl: platform.db.url,
      secrets: platform.secrets,
      publicBaseUrl: baseUrl,
      env: replicaEnv({ CODEXK8S_GITHUB_REPORT_INTERVAL: '100ms' }),
    });
    return handle;
  }

  async function ensureWorker(): Promise<void> {
    worker ??= await startControlPlane({
      databaseUrl: platform.db.url,
      secrets: platform.secrets,
      publicBaseUrl: baseUrl,
      env: replicaEnv(
        dispatcherEnv({
          CODEXK8S_GITHUB_REPORT_INTERVAL: '0',
          CODEXK8S_WORKER_POLL_INTERVAL: '200ms',
          CODEXK8S_WORKER_JOB_COMMAND: gatedCommand(runs.dir),
        }),
      ),
    });
  }

  beforeAll(async () => {
    // The platform's own control-plane neither dispatches nor reports: the replicas below do.
    platform = await startStaffPlatform({ CODEXK8S_GITHUB_REPORT_INTERVAL: '0' });
    owner = await platform.seedUser(platform.secrets.ownerEmail, { owner: true });
    projectId = await platform.seedProject(projectSlug);
    platform.github.addRepository({ ...repository, tokens: [token] });
    const attached = await platform.call(
      'repositories.upsert',
      'mutation',
      { projectId, provider: 'github', owner: repository.owner, name: repository.name, token },
      owner,
    );
    expect(attached.status, attached.message).toBe(200);
    reporter = await startReporter();
  }, 180_000);

  afterAll(async () => {
    await worker?.process.stop();
    await reporter?.process.stop();
    await platform?.stop();
  });

  const fullName = `${repository.owner}/${repository.name}`;

  async function send(event: string, payload: Record<string, unknown>) {
    const answer = await sendWebhook(platform.edge.url, {
      event,
      body: JSON.stringify(payload),
      secret: platform.secrets.webhookSecret,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    return String(answer.body['run_id']);
  }

  /** A labelled pull request whose head is a fresh commit. */
  function labelledPullRequest(sha: string, number: number) {
    const payload = editedPayload(examplePayload('pull_request', 'labeled'), 'pull_request', {
      repo: fullName,
      repositoryId: repository.id,
      label: 'run:dev',
    });
    const pullRequest = payload['pull_request'] as Record<string, unknown>;
    pullRequest['number'] = number;
    payload['number'] = number;
    (pullRequest['head'] as Record<string, unknown>)['sha'] = sha;
    return payload;
  }

  function labelledIssue(number: number) {
    const payload = editedPayload(examplePayload('issues', 'labeled'), 'issues', {
      repo: fullName,
      repositoryId: repository.id,
      label: 'run:dev',
    });
    (payload['issue'] as Record<string, unknown>)['number'] = number;
    return payload;
  }

  const sha = () => randomBytes(20).toString('hex');
  const statusesOf = (commit: string) => platform.github.statuses.filter((status) => status.sha === commit);
  const summary = (status: FakeCommitStatus) => `${status.state}: ${status.description}`;
  const commentsOn = (issue: number) =>
    [...platform.github.comments.values()].filter((comment) => comment.issueNumber === issue);

  async function reportEvents(runId: string) {
    const { rows } = await platform.db.query<{ event_type: string; payload: Record<string, unknown> }>(
      `select e.event_type, e.payload from flow_events e join agent_runs r on r.correlation_id = e.correlation_id
        where r.id = $1 and e.event_type like 'github.report.%' order by e.id`,
      [runId],
    );
    return rows;
  }

  it('a labelled pull request: pending (queued), pending (running), then success on its head SHA, with the context and the run link', async () => {
    const commit = sha();
    const runId = await send('pull_request', labelledPullRequest(commit, 101));
    await waitFor('the queued status', async () => statusesOf(commit).length >= 1, 30_000);
    await ensureWorker();
    await waitFor('the running status', async () => statusesOf(commit).length >= 2, 60_000);
    runs.script(runId, 'exit 0');
    await waitFor('the success status', async () => statusesOf(commit).length >= 3, 60_000);

    const statuses = statusesOf(commit);
    expect(statuses.map(summary)).toEqual([
      'pending: codex-k8s run: Queued: waiting for a free slot',
      'pending: codex-k8s run: Running',
      expect.stringMatching(/^success: codex-k8s run: Succeeded in \d+s$/),
    ]);
    for (const status of statuses) {
      expect(status.repository).toBe(fullName);
      expect(status.context).toBe(`codex-k8s/${projectSlug}`);
      expect(status.target_url).toBe(`${baseUrl}/runs/${runId}`);
    }
    // The requests carried the repository's token, and each state went out once.
    const requests = platform.github.server.requests.filter((request) =>
      request.path.endsWith(`/statuses/${commit}`),
    );
    expect(requests).toHaveLength(3);
    expect(requests.every((request) => request.headers['authorization'] === `token ${token}`)).toBe(true);
    // GitHub has the status a moment before the sender records that it was sent.
    const events = await waitFor(
      'three github.report.sent',
      async () => {
        const found = await reportEvents(runId);
        return found.length >= 3 ? found : null;
      },
      30_000,
    );
    expect(events.map((event) => `${event.event_type} ${String(event.payload['state'])}`)).toEqual([
      'github.report.sent pending',
      'github.report.sent running',
      'github.report.sent succeeded',
    ]);
    expect(events[2]?.payload).toMatchObject({ target: 'commit_status', sha: commit, run_id: runId });
  }, 180_000);

  let failedRun: { runId: string; commit: string } | null = null;

  it('a failed run → failure', async () => {
    await ensureWorker();
    const commit = sha();
    const runId = await send('pull_request', labelledPullRequest(commit, 102));
    failedRun = { runId, commit };
    runs.script(runId, 'exit 3');
    await waitFor(
      'the failure status',
      async () => statusesOf(commit).some((status) => status.state === 'failure'),
      60_000,
    );
    const last = statusesOf(commit).at(-1);
    expect(last?.state).toBe('failure');
    expect(last?.description).toMatch(/^codex-k8s run: Failed after \d+s$/);
    expect(last?.target_url).toBe(`${baseUrl}/runs/${runId}`);
  }, 120_000);

  let issueRunId: string | null = null;

  it("an issue's run: one comment, created, then edited to the final state", async () => {
    await ensureWorker();
    const runId = await send('issues', labelledIssue(201));
    issueRunId = runId;
    await waitFor('the comment', async () => commentsOn(201).length === 1, 60_000);
    // The run is still waiting for its script: the comment shows an unfinished state.
    expect(commentsOn(201)[0]?.body).toMatch(/: (pending|running)\*\*/);
    runs.script(runId, 'exit 0');
    await waitFor(
      'the edited comment',
      async () => commentsOn(201)[0]?.body.includes(': succeeded**') === true,
      60_000,
    );
    const [comment] = commentsOn(201);
    expect(commentsOn(201)).toHaveLength(1);
    expect(comment?.body).toContain(`[Open the run](${baseUrl}/runs/${runId})`);
    expect(comment?.body).toMatch(/Succeeded in \d+s\./);
    expect(comment?.body).toContain(`project \`${projectSlug}\``);
    expect(comment?.bodies.length).toBeGreaterThanOrEqual(2);
    const posts = platform.github.server.requests.filter(
      (request) => request.method === 'POST' && request.path === `/repos/${fullName}/issues/201/comments`,
    );
    const patches = platform.github.server.requests.filter(
      (request) =>
        request.method === 'PATCH' && request.path === `/repos/${fullName}/issues/comments/${comment?.id}`,
    );
    expect(posts).toHaveLength(1);
    expect(patches.length).toBe((comment?.bodies.length ?? 0) - 1);
  }, 120_000);

  it('GitHub answers 403 with x-ratelimit-remaining: 0 and a reset 3 s ahead → the report waits, then arrives', async () => {
    await ensureWorker();
    const resetAt = platform.github.exhaustRateLimit(3);
    const commit = sha();
    const runId = await send('pull_request', labelledPullRequest(commit, 103));
    await waitFor(
      'a refused status',
      async () => platform.github.refusedReports.some((refused) => refused.path.endsWith(commit)),
      30_000,
    );
    runs.script(runId, 'exit 0');
    await waitFor(
      'the success status',
      async () => statusesOf(commit).some((status) => status.state === 'success'),
      60_000,
    );
    const refused = platform.github.refusedReports.filter((request) => request.path.endsWith(commit));
    // It waited for the reset instead of hammering GitHub: one refusal (at most two if a state change came between).
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeLessThanOrEqual(2);
    expect(refused[0]).toMatchObject({ status: 403, headers: { 'x-ratelimit-remaining': '0' } });
    const accepted = statusesOf(commit);
    expect(accepted[0]!.at).toBeGreaterThanOrEqual(resetAt);
    expect(accepted.at(-1)?.state).toBe('success');
  }, 120_000);

  it('the sender SIGKILLed with a state change unsent → the report arrives after the restart, once', async () => {
    await ensureWorker();
    const runId = await send('issues', labelledIssue(202));
    await waitFor('the comment', async () => commentsOn(202).length === 1, 60_000);
    // Killed between sends: every state so far delivered and nothing leased (a send cut off by the
    // kill would be repeated once its lease ran out, which is not what this test is about).
    await waitFor(
      'the run running and reported',
      async () =>
        (
          await platform.db.query(
            `select 1 from github_reports g join agent_runs r on r.id = g.run_id
              where g.run_id = $1 and r.status = 'running' and g.version = g.handled_version and g.lease_owner is null`,
            [runId],
          )
        ).rows.length === 1,
      60_000,
    );
    await reporter?.process.stop('SIGKILL');
    reporter = null;

    runs.script(runId, 'exit 0');
    // The state change is committed with its outbox row, and nobody sent it.
    await waitFor(
      'the unsent succeeded state',
      async () =>
        (
          await platform.db.query(
            `select 1 from github_reports g join agent_runs r on r.id = g.run_id
              where g.run_id = $1 and r.status = 'succeeded' and g.state = 'succeeded' and g.version > g.handled_version`,
            [runId],
          )
        ).rows.length === 1,
      60_000,
    );
    const [comment] = commentsOn(202);
    expect(comment?.body).not.toContain('succeeded');
    const bodiesBefore = comment?.bodies.length ?? 0;

    reporter = await startReporter();
    await waitFor('the edited comment', async () => comment?.body.includes(': succeeded**') === true, 60_000);
    await waitFor(
      'the send recorded',
      async () =>
        (await reportEvents(runId)).some(
          (event) => event.event_type === 'github.report.sent' && event.payload['state'] === 'succeeded',
        ),
      30_000,
    );
    // Give a duplicate every chance to show up.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(comment?.bodies.length).toBe(bodiesBefore + 1);
    expect(commentsOn(202)).toHaveLength(1);
    const sent = (await reportEvents(runId)).filter(
      (event) => event.event_type === 'github.report.sent' && event.payload['state'] === 'succeeded',
    );
    expect(sent).toHaveLength(1);
  }, 180_000);

  it('a repository GitHub refuses (401) → github.report.failed once, no endless retry', async () => {
    await ensureWorker();
    platform.github.refuseReportsWith(401);
    try {
      const commit = sha();
      const runId = await send('pull_request', labelledPullRequest(commit, 104));
      await waitFor(
        'github.report.failed',
        async () => (await reportEvents(runId)).some((event) => event.event_type === 'github.report.failed'),
        30_000,
      );
      const refusedBefore = platform.github.refusedReports.filter((request) => request.path.endsWith(commit));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const refusedAfter = platform.github.refusedReports.filter((request) => request.path.endsWith(commit));
      // Only a new state change (the run starting) may try again; nothing retries the refused one.
      expect(refusedAfter.length).toBeLessThanOrEqual(refusedBefore.length + 1);
      const failed = (await reportEvents(runId)).find((event) => event.event_type === 'github.report.failed');
      expect(failed?.payload).toMatchObject({ reason: 'unauthorized', status: 401, target: 'commit_status' });
      runs.script(runId, 'exit 0');
    } finally {
      platform.github.refuseReportsWith(null);
    }
  }, 120_000);

  it("a rerun of the failed run runs again: both runs show the link, the commit gets the rerun's statuses", async () => {
    await ensureWorker();
    if (!failedRun) throw new Error('the failed run test did not run');
    const { runId, commit } = failedRun;
    const original = await platform.db.query<{ correlation_id: string }>(
      'select correlation_id from agent_runs where id = $1',
      [runId],
    );
    const rerun = await platform.call<{ id: string; status: string; correlationId: string }>(
      'runs.rerun',
      'mutation',
      { runId },
      owner,
    );
    expect(rerun.status, rerun.message).toBe(200);
    const rerunId = rerun.data!.id;
    expect(rerun.data).toMatchObject({
      status: 'pending',
      correlationId: `${original.rows[0]!.correlation_id}:rerun:1`,
    });
    // Only finished runs can be rerun: the rerun itself is not (yet).
    const early = await platform.call('runs.rerun', 'mutation', { runId: rerunId }, owner);
    expect(early.code, early.message).toBe('PRECONDITION_FAILED');

    runs.script(rerunId, 'exit 0');
    await waitFor(
      "the rerun's success status",
      async () =>
        statusesOf(commit).some(
          (status) => status.state === 'success' && status.target_url === `${baseUrl}/runs/${rerunId}`,
        ),
      60_000,
    );
    type RunView = {
      run: { status: string };
      rerunOf: string | null;
      rerunIds: string[];
      githubReport: { state: string; sentState: string | null };
    };
    const rerunView = await waitFor(
      'the rerun reported',
      async () => {
        const view = await platform.call<RunView>('runs.get', 'query', { runId: rerunId }, owner);
        return view.data?.githubReport.state === 'sent' && view.data.githubReport.sentState === 'succeeded'
          ? view.data
          : null;
      },
      30_000,
    );
    expect(rerunView).toMatchObject({ run: { status: 'succeeded' }, rerunOf: runId, rerunIds: [] });
    const originalView = await platform.call<RunView>('runs.get', 'query', { runId }, owner);
    expect(originalView.data).toMatchObject({
      run: { status: 'failed' },
      rerunOf: null,
      rerunIds: [rerunId],
      githubReport: { state: 'sent', sentState: 'failed' },
    });
    const events = await platform.db.query<{ correlation_id: string; payload: Record<string, unknown> }>(
      `select correlation_id, payload from flow_events where event_type = 'run.rerun' and actor_id = $1 order by id`,
      [owner.id],
    );
    expect(events.rows.map((row) => row.payload)).toEqual([
      { run_id: runId, rerun_id: rerunId },
      { run_id: rerunId, rerun_of: runId },
    ]);
    // The project's audit trail shows who reran it, on both runs.
    const project = await platform.db.query<{ project_id: string }>(
      'select project_id::text as project_id from agent_runs where id = $1',
      [runId],
    );
    const audit = await platform.call<{ items: { eventType: string; actorEmail: string | null }[] }>(
      'audit.list',
      'query',
      { projectId: project.rows[0]!.project_id, limit: 50 },
      owner,
    );
    expect(audit.status, audit.message).toBe(200);
    expect(audit.data!.items.filter((item) => item.eventType === 'run.rerun')).toHaveLength(2);
  }, 120_000);

  it('/codex retry on the issue reruns its latest run (its own comment follows it); on an issue without runs it is ignored', async () => {
    await ensureWorker();
    if (!issueRunId) throw new Error("the issue's run test did not run");
    const retryOn = (issue: number) => {
      const payload = editedPayload(examplePayload('issue_comment', 'created'), 'issue_comment', {
        repo: fullName,
        repositoryId: repository.id,
        comment: '/codex retry',
        association: 'OWNER',
      });
      (payload['issue'] as Record<string, unknown>)['number'] = issue;
      return JSON.stringify(payload);
    };
    const nothing = await sendWebhook(platform.edge.url, {
      event: 'issue_comment',
      body: retryOn(299),
      secret: platform.secrets.webhookSecret,
    });
    expect(nothing.status).toBe(200);
    expect(nothing.body).toMatchObject({ status: 'ignored', reason: 'nothing_to_retry', duplicate: false });

    const answer = await sendWebhook(platform.edge.url, {
      event: 'issue_comment',
      body: retryOn(201),
      secret: platform.secrets.webhookSecret,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    const rerunId = String(answer.body['run_id']);
    expect(rerunId).not.toBe(issueRunId);
    runs.script(rerunId, 'exit 0');
    await waitFor(
      "the rerun's own comment, finished",
      async () =>
        commentsOn(201).some(
          (comment) => comment.body.includes(`/runs/${rerunId})`) && comment.body.includes(': succeeded**'),
        ),
      60_000,
    );
    expect(commentsOn(201)).toHaveLength(2);
    const view = await platform.call<{ rerunOf: string | null; payload: Record<string, unknown> }>(
      'runs.get',
      'query',
      { runId: rerunId },
      owner,
    );
    expect(view.data?.rerunOf).toBe(issueRunId);
    expect(view.data?.payload).toMatchObject({ trigger: { kind: 'label', value: 'run:dev' } });
    const original = await platform.call<{ rerunIds: string[] }>(
      'runs.get',
      'query',
      { runId: issueRunId },
      owner,
    );
    expect(original.data?.rerunIds).toEqual([rerunId]);
  }, 120_000);
});
