import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { installFakeGitHubApi } from '../support/fake-github-api.js';
import { actionFor, editedPayload } from '../../scripts/webhook-payload.js';
import { examplePayload, sendWebhook } from '../support/github-webhooks.js';
import {
  newSecrets,
  startControlPlane,
  startEdge,
  type ControlPlaneHandle,
  type EdgeHandle,
} from '../support/platform.js';
import { freePort } from '../support/ports.js';
import { launchChromium, screenshot, watchPageErrors } from './support/browser.js';

/**
 * The staff console end to end (issue 7, "Must show"): Debian's Chromium drives the built SPA
 * served by the built edge, talking to the built control-plane on a fresh PostgreSQL database,
 * with GitHub faked on loopback. Scenarios run in order and build on each other's data.
 */

const owner = {
  id: 5001,
  login: 'octo-owner',
  emails: [{ email: 'owner@example.com', primary: true, verified: true }],
};
const readerEmail = 'reader@example.com';
const repository = {
  id: 987_654_321,
  owner: 'octo-org',
  name: 'demo-service',
  token: 'ghp_e2e_token_0123456789',
};
const fullName = `${repository.owner}/${repository.name}`;

const secrets = newSecrets();
let database: TestDatabase;
let github: FakeGitHub;
let controlPlane: ControlPlaneHandle;
let controlPlaneGrpcPort: number;
let edge: EdgeHandle;
let edgeUrl: string;
let browser: Browser;
let ownerContext: BrowserContext;
let ownerPage: Page;
let ownerProblems: string[];
let projectId: string;
let pendingRunId: string;

/** A run runs the shell text written beforehand under its delivery id, else a short default. */
const runScripts = mkdtempSync(path.join(tmpdir(), 'codexk8s-e2e-runs-'));
const scriptRun = (deliveryId: string, shell: string) =>
  writeFileSync(path.join(runScripts, deliveryId), shell);

function controlPlaneEnv(workerEnabled: boolean): Record<string, string> {
  return {
    CODEXK8S_GITHUB_API_BASE_URL: github.server.apiBaseUrl,
    CODEXK8S_RUN_LAUNCHER: 'local',
    CODEXK8S_WORKER_ENABLED: workerEnabled ? 'true' : 'false',
    CODEXK8S_WORKER_POLL_INTERVAL: '300ms',
    CODEXK8S_WORKER_JOB_COMMAND: `c=$(cat "${runScripts}/$CODEXK8S_CORRELATION_ID" 2>/dev/null || echo 'echo codex-k8s e2e run && sleep 1'); eval "$c"`,
  };
}

/** A recorded GitHub delivery retargeted at the attached repository, sent by the owner, edited as webhook:send edits. */
function deliveryPayload(
  event: string,
  edits: { label?: string; comment?: string; association?: string; sender?: string },
) {
  const payloadEdits = { repo: fullName, repositoryId: repository.id, sender: owner.login, ...edits };
  const action = actionFor(event, undefined, payloadEdits);
  return JSON.stringify(editedPayload(examplePayload(event, action), event, payloadEdits));
}

/** An issue labeled `run:e2e` (a trigger under the default policy): a new run. */
async function deliverRun(deliveryId?: string): Promise<string> {
  const answer = await sendWebhook(edgeUrl, {
    event: 'issues',
    body: deliveryPayload('issues', { label: 'run:e2e' }),
    secret: secrets.webhookSecret,
    deliveryId,
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(202);
  return String(answer.body['run_id']);
}

async function signInWithGitHub(page: Page): Promise<void> {
  await page.getByTestId('github-login').click();
}

async function devSignIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email (local development sign-in)').fill(email);
  await page.getByTestId('dev-login-submit').click();
}

function rawGet(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: edge.port, path: rawPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  github = await startFakeGitHub(owner);
  installFakeGitHubApi(github.server).addRepository({ ...repository, tokens: [repository.token] });
  const edgePort = await freePort();
  edgeUrl = `http://127.0.0.1:${edgePort}`;
  controlPlaneGrpcPort = await freePort();
  // The worker stays off at first, so runs stay pending until the live scenario turns it on.
  controlPlane = await startControlPlane({
    databaseUrl: database.url,
    secrets,
    publicBaseUrl: edgeUrl,
    grpcPort: controlPlaneGrpcPort,
    env: controlPlaneEnv(false),
  });
  edge = await startEdge({
    secrets,
    controlPlaneTarget: controlPlane.grpcTarget,
    port: edgePort,
    env: github.edgeEnv,
  });
  browser = await launchChromium();
  ownerContext = await browser.newContext({
    baseURL: edgeUrl,
    locale: 'en-US',
    viewport: { width: 1280, height: 860 },
  });
  ownerPage = await ownerContext.newPage();
  ownerProblems = watchPageErrors(ownerPage);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await edge?.process.stop();
  await controlPlane?.process.stop();
  await github?.close();
  await database?.drop();
});

describe('staff console in a real browser', () => {
  it('signs in through GitHub, allowlists a user, creates a project, attaches a repository, adds a member, switches language', async () => {
    const page = ownerPage;
    await page.goto('/');
    await page.waitForURL(/\/login(\?|$)/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, '01-sign-in');

    await signInWithGitHub(page);
    await page.waitForURL(`${edgeUrl}/projects`);
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    await page.getByText('No projects yet').waitFor();

    // Users: allowlist the reader.
    await page.getByRole('navigation').getByText('Users').click();
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await page.getByRole('button', { name: 'Add user' }).click();
    const addUser = page.getByRole('dialog');
    await addUser.getByLabel('Email').fill(readerEmail);
    await addUser.getByRole('button', { name: 'Add user' }).click();
    await page.locator(`[data-testid="users-table"] tr[data-email="${readerEmail}"]`).waitFor();
    await addUser.waitFor({ state: 'hidden' });
    await screenshot(page, '02-users');

    // Projects: create one.
    await page.getByRole('navigation').getByText('Projects').click();
    await page.getByRole('button', { name: 'New project' }).click();
    const createProject = page.getByRole('dialog');
    await createProject.getByLabel('Slug').fill('e2e-demo');
    await createProject.getByLabel('Name').fill('E2E Demo');
    await createProject.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectId = page.url().split('/').pop() ?? '';
    await page.getByRole('heading', { name: 'E2E Demo' }).waitFor();

    // Repositories: attach with a token (the control-plane validates it against fake GitHub).
    // A token GitHub refuses first: the error is shown in words and the dialog stays open.
    await page.getByRole('button', { name: 'Attach repository' }).click();
    const attach = page.getByRole('dialog');
    await attach.getByLabel('Owner').fill(repository.owner);
    await attach.getByLabel('Repository').fill(repository.name);
    await attach.getByLabel('Access token').fill('ghp_not_a_valid_token');
    await attach.getByRole('button', { name: 'Attach repository' }).click();
    const failure = page.getByTestId('notification-error');
    await failure.waitFor();
    const failureText = (await failure.innerText()).trim();
    expect(failureText.length).toBeGreaterThan(10);
    expect(failureText).not.toMatch(
      /\b(BAD_REQUEST|FAILED_PRECONDITION|INVALID_ARGUMENT|NOT_FOUND|FORBIDDEN)\b/,
    );
    await screenshot(page, '03a-attach-refused');
    await attach.getByLabel('Access token').fill(repository.token);
    await attach.getByRole('button', { name: 'Attach repository' }).click();
    await page.locator('[data-testid="repositories-table"]').getByText(fullName).waitFor();
    await attach.waitFor({ state: 'hidden' });

    // Members: add the reader with the read role.
    await page.getByRole('button', { name: 'Add member' }).click();
    const addMember = page.getByRole('dialog');
    await addMember.getByLabel('Email').fill(readerEmail);
    await addMember.getByRole('button', { name: 'Add member' }).click();
    await page.locator(`[data-testid="members-table"] tr[data-email="${readerEmail}"]`).waitFor();
    await addMember.waitFor({ state: 'hidden' });
    await screenshot(page, '03-project');

    // Russian, remembered across a reload, then back to English.
    await page.getByText('RU', { exact: true }).click();
    await page.getByRole('heading', { name: 'Репозитории' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Участники' }).waitFor();
    await screenshot(page, '04-project-ru');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Repositories' }).waitFor();

    expect(ownerProblems).toEqual([]);
  }, 120_000);

  it('cancels a pending run from its page', async () => {
    const page = ownerPage;
    pendingRunId = await deliverRun();
    await page.goto(`/runs/${pendingRunId}`);
    await page.locator('[data-testid="run-status"] [data-status="pending"]').waitFor();
    await page.locator('[data-testid="run-timeline"] [data-event-type="webhook.received"]').waitFor();
    await page.getByTestId('cancel-run').click();
    await page.getByTestId('confirm-cancel-run').click();
    await page.locator('[data-testid="run-status"] [data-status="canceled"]').waitFor();
    await page.locator('[data-testid="run-timeline"] [data-event-type="run.canceled"]').waitFor();
    expect(await page.getByTestId('cancel-run').count()).toBe(0);
    await screenshot(page, '05-run-canceled');
    expect(ownerProblems).toEqual([]);
  }, 60_000);

  it('shows a read member the project without attach, remove or cancel controls, and no users page', async () => {
    const readerRunId = await deliverRun();
    const context = await browser.newContext({
      baseURL: edgeUrl,
      locale: 'en-US',
      viewport: { width: 1280, height: 860 },
    });
    try {
      const page = await context.newPage();
      const problems = watchPageErrors(page);
      await page.goto('/login');
      await devSignIn(page, readerEmail);
      await page.waitForURL(`${edgeUrl}/projects`);
      await page.locator('[data-testid="projects-table"]').getByText('E2E Demo').waitFor();
      expect(await page.getByRole('navigation').getByText('Users').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'New project' }).count()).toBe(0);

      await page.locator('[data-testid="projects-table"]').getByText('E2E Demo').click();
      await page.locator('[data-testid="repositories-table"]').getByText(fullName).waitFor();
      expect(await page.getByRole('button', { name: 'Attach repository' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Remove' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Delete project' }).count()).toBe(0);
      expect(await page.getByTestId('members-section').count()).toBe(0);
      await screenshot(page, '06-reader-project');

      await page.goto(`/runs/${readerRunId}`);
      await page.locator('[data-testid="run-status"] [data-status="pending"]').waitFor();
      await page.locator('[data-testid="run-timeline"] [data-event-type="webhook.received"]').waitFor();
      expect(await page.getByTestId('cancel-run').count()).toBe(0);
      await screenshot(page, '07-reader-run');

      // Removed from the project while watching a finished run (whose page does not poll): the
      // timeline says why it stopped, and stays stopped.
      await page.goto(`/runs/${pendingRunId}`);
      await page.locator('[data-testid="run-timeline"] [data-event-type="run.canceled"]').waitFor();
      const removed = await database.query<{ membership: unknown }>(
        `delete from project_members where user_id = (select id from users where email = $1)
         returning to_jsonb(project_members.*) as membership`,
        [readerEmail],
      );
      try {
        await page
          .getByTestId('timeline-ended')
          .getByText('Your access to this run was revoked')
          .waitFor({ timeout: 15_000 });
        expect(await page.getByTestId('timeline-connection').innerText()).toMatch(/live updates stopped/i);
        await screenshot(page, '07b-reader-access-revoked');
      } finally {
        for (const { membership } of removed.rows)
          await database.query(
            'insert into project_members select * from jsonb_populate_record(null::project_members, $1::jsonb)',
            [JSON.stringify(membership)],
          );
      }

      await page.goto('/users');
      await page.getByText('Only platform administrators manage users.').waitFor();
      expect(await page.getByTestId('users-table').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("shows every delivery with its outcome and reason, edits the project's triggers, and shows a run's trigger", async () => {
    const page = ownerPage;
    const send = async (event: string, edits: Parameters<typeof deliveryPayload>[1]) =>
      sendWebhook(edgeUrl, { event, body: deliveryPayload(event, edits), secret: secrets.webhookSecret });
    const untrusted = await send('issue_comment', {
      comment: '/codex do it',
      association: 'NONE',
      sender: 'stranger',
    });
    expect(untrusted.body).toMatchObject({ status: 'ignored', reason: 'untrusted_sender' });
    const push = await send('push', {});
    expect(push.body).toMatchObject({ status: 'ignored', reason: 'no_trigger' });
    const command = await send('issue_comment', {
      comment: '/codex add a changelog entry',
      association: 'OWNER',
    });
    expect(command.status).toBe(202);

    // The project page: the policy in force, each field the platform's default so far.
    await page.goto(`/projects/${projectId}`);
    const panel = page.getByTestId('triggers-section');
    await panel.getByRole('heading', { name: 'Triggers' }).waitFor();
    await panel.getByTestId('trigger-labelPrefix').getByText('run:').waitFor();
    expect(await panel.locator('[data-source="default"]').count()).toBe(4);
    // Edit: a command of the project's own and push as an event; a bad command is refused in words first.
    await panel.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('trigger-default-command').click();
    await dialog.getByLabel('Command').fill('/agent go');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('notification-error').getByText('command: must not contain whitespace').waitFor();
    await dialog.getByLabel('Command').fill('/agent');
    await dialog.getByTestId('trigger-default-events').click();
    await dialog.getByLabel('Events').fill('push');
    await dialog.getByLabel('Events').press('Enter');
    await screenshot(page, '07c-triggers-edit');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await panel.getByTestId('trigger-command').getByText('/agent').waitFor();
    await panel.getByTestId('trigger-events').getByText('push').waitFor();
    expect(await panel.locator('[data-source="project"]').count()).toBe(2);
    await screenshot(page, '07d-triggers');

    // Deliveries: outcome, reason, event, sender, repository, project, a link to the run.
    await page.getByRole('navigation').getByText('Deliveries').click();
    await page.getByRole('heading', { name: 'Deliveries' }).waitFor();
    const table = page.getByTestId('deliveries-table');
    const row = (deliveryId: string) => table.locator(`tr[data-delivery-id="${deliveryId}"]`);
    await row(untrusted.deliveryId).locator('[data-reason="untrusted_sender"]').waitFor();
    expect(await row(untrusted.deliveryId).innerText()).toMatch(
      /Ignored[\s\S]*untrusted sender[\s\S]*Issue comment[\s\S]*stranger[\s\S]*octo-org\/demo-service[\s\S]*e2e-demo/i,
    );
    await row(push.deliveryId).locator('[data-reason="no_trigger"]').waitFor();
    await row(command.deliveryId).locator('[data-outcome="run"]').waitFor();
    await screenshot(page, '07e-deliveries');
    // Filters: ignored only, then runs only (kept in the address).
    await page.getByTestId('deliveries-filter-outcome').click();
    await page.getByRole('option', { name: 'Ignored' }).click();
    await page.waitForURL(/outcome=ignored/);
    await row(command.deliveryId).waitFor({ state: 'detached' });
    await row(untrusted.deliveryId).waitFor();
    await page.goto(`/deliveries?outcome=run&projectId=${projectId}`);
    await row(command.deliveryId).waitFor();
    expect(await row(push.deliveryId).count()).toBe(0);
    // The run's page says why it started and what it is about.
    await row(command.deliveryId)
      .getByRole('link', { name: String(command.body['run_id']).slice(0, 8) })
      .click();
    await page.waitForURL(`${edgeUrl}/runs/${String(command.body['run_id'])}`);
    const trigger = page.getByTestId('run-trigger');
    await trigger.locator('[data-trigger-kind="command"]').getByText('/codex').waitFor();
    expect(await trigger.getByTestId('run-instruction').innerText()).toBe('add a changelog entry');
    expect(await trigger.getByTestId('run-subject').innerText()).toContain(
      '#1 Spelling error in the README file',
    );
    await screenshot(page, '07f-run-trigger');

    // In Russian.
    await page.getByText('RU', { exact: true }).click();
    await page.goto('/deliveries');
    await page.getByRole('heading', { name: 'Доставки' }).waitFor();
    await row(untrusted.deliveryId).getByText('недоверенный отправитель').waitFor();
    await page.goto(`/projects/${projectId}`);
    await page.getByTestId('triggers-section').getByRole('heading', { name: 'Триггеры' }).waitFor();
    await screenshot(page, '07g-triggers-ru');
    await page.getByText('EN', { exact: true }).click();

    // Back to the platform's defaults, for the scenarios that follow.
    await page.getByTestId('triggers-section').getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('dialog').getByTestId('trigger-default-command').click();
    await page.getByRole('dialog').getByTestId('trigger-default-events').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('triggers-section').getByTestId('trigger-command').getByText('/codex').waitFor();

    // A read member sees the project's deliveries but not its trigger policy.
    const context = await browser.newContext({
      baseURL: edgeUrl,
      locale: 'en-US',
      viewport: { width: 1280, height: 860 },
    });
    try {
      const reader = await context.newPage();
      const problems = watchPageErrors(reader);
      await reader.goto('/login');
      await devSignIn(reader, readerEmail);
      await reader.waitForURL(`${edgeUrl}/projects`);
      await reader.goto(`/projects/${projectId}`);
      await reader.locator('[data-testid="repositories-table"]').getByText(fullName).waitFor();
      expect(await reader.getByTestId('triggers-section').count()).toBe(0);
      await reader.goto('/deliveries');
      await reader
        .getByTestId('deliveries-table')
        .locator(`tr[data-delivery-id="${untrusted.deliveryId}"]`)
        .waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    expect(ownerProblems).toEqual([]);
  }, 90_000);

  it('sends a signed-out deep link to sign-in and back to the run afterwards', async () => {
    const context = await browser.newContext({
      baseURL: edgeUrl,
      locale: 'en-US',
      viewport: { width: 1280, height: 860 },
    });
    try {
      const page = await context.newPage();
      await page.goto(`/runs/${pendingRunId}`);
      await page.waitForURL(`${edgeUrl}/login?next=${encodeURIComponent(`/runs/${pendingRunId}`)}`);
      await screenshot(page, '08-deep-link-sign-in');
      await signInWithGitHub(page);
      await page.waitForURL(`${edgeUrl}/runs/${pendingRunId}`);
      await page.locator('[data-testid="run-status"] [data-status="canceled"]').waitFor();

      // The session ends while the console is open (the runs list refreshes every 2 s): the next
      // request answers UNAUTHORIZED, the console goes to sign-in, and comes back afterwards.
      await page.getByRole('navigation').getByText('Runs').click();
      await page.locator('[data-testid="runs-table"]').waitFor();
      await context.clearCookies();
      await page.waitForURL(`${edgeUrl}/login?next=${encodeURIComponent('/runs')}`, { timeout: 10_000 });
      await signInWithGitHub(page);
      await page.waitForURL(`${edgeUrl}/runs`);
      await page.locator('[data-testid="runs-table"]').waitFor();
    } finally {
      await context.close();
    }
  }, 60_000);

  it('explains every sign-in refusal code in words, in English and Russian', async () => {
    const context = await browser.newContext({ baseURL: edgeUrl, locale: 'en-US' });
    try {
      const page = await context.newPage();
      const expected: Record<string, [string, string]> = {
        not_allowed: ['not on the access list', 'нет в списке доступа'],
        no_verified_email: ['no verified primary email', 'нет подтверждённой основной почты'],
        state_mismatch: ['Please start again', 'Начните заново'],
        github_unavailable: ['GitHub could not be reached', 'GitHub недоступен'],
        something_else: ['Sign-in failed', 'пошло не так при входе'],
      };
      for (const [code, [english]] of Object.entries(expected)) {
        await page.goto(`/login?error=${code}`);
        await page.getByTestId('login-error').getByText(english).waitFor();
      }
      await page.getByText('RU', { exact: true }).click();
      for (const [code, [, russian]] of Object.entries(expected)) {
        await page.goto(`/login?error=${code}`);
        await page.getByTestId('login-error').getByText(russian).waitFor();
      }
      await screenshot(page, '08b-sign-in-error-ru');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('shows a new run in the list without a reload and fills its timeline live to succeeded', async () => {
    // Same database, same gRPC port: the edge reconnects; now the local launcher runs jobs.
    await controlPlane.process.stop();

    // Meanwhile the console says, in words, that the platform is not answering.
    await ownerPage.goto('/runs');
    await ownerPage.getByTestId('platform-down').waitFor();
    await ownerPage
      .getByRole('alert')
      .getByText('The platform is temporarily unavailable')
      .waitFor({ timeout: 20_000 });
    await screenshot(ownerPage, '09a-control-plane-down');

    controlPlane = await startControlPlane({
      databaseUrl: database.url,
      secrets,
      publicBaseUrl: edgeUrl,
      grpcPort: controlPlaneGrpcPort,
      env: controlPlaneEnv(true),
    });

    const page = ownerPage;
    await page.goto(`/runs?projectId=${projectId}`);
    await page.locator('[data-testid="runs-table"]').waitFor();
    let navigations = 0;
    const countNavigation = () => (navigations += 1);
    page.on('framenavigated', countNavigation);

    const runId = await deliverRun();
    const row = page.locator(`[data-testid="runs-table"] tr[data-run-id="${runId}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(navigations).toBe(0);
    page.off('framenavigated', countNavigation);
    await screenshot(page, '09-runs-live');

    await row.getByTestId('run-subject').click();
    await page.waitForURL(`${edgeUrl}/runs/${runId}`);
    const timeline = page.locator('[data-testid="run-timeline"]');
    await timeline.locator('[data-event-type="webhook.received"]').waitFor();
    await timeline.locator('[data-event-type="run.started"]').waitFor({ timeout: 20_000 });
    await timeline.locator('[data-event-type="run.succeeded"]').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="run-status"] [data-status="succeeded"]').waitFor({ timeout: 10_000 });
    await screenshot(page, '10-run-succeeded');

    // The stream stays up after the run finished (no error, no replayed duplicates).
    const eventCount = await timeline.locator('[data-event-type]').count();
    await page.waitForTimeout(7000);
    expect(await timeline.locator('[data-event-type]').count()).toBe(eventCount);
    // Still connected, but the finished run is no longer "live" (issue 21).
    expect(await page.getByTestId('timeline-connection').getAttribute('data-connection')).toBe('pending');
    expect(await page.getByTestId('timeline-connection').innerText()).toMatch(/complete/i);
    expect(ownerProblems).toEqual([]);
  }, 90_000);

  it("shows a run's log as it is printed: colours, line numbers, search, jump to the end and the download", async () => {
    const page = ownerPage;
    const deliveryId = randomUUID();
    scriptRun(
      deliveryId,
      [
        "printf '\\033[32mgreen start\\033[0m\\n'",
        'for i in 1 2 3 4 5 6 7 8; do echo "printed line $i"; sleep 0.5; done',
        "echo 'needle in the log' >&2",
        'echo finished',
      ].join('; '),
    );
    const runId = await deliverRun(deliveryId);
    await page.goto(`/runs/${runId}`);
    const log = page.getByTestId('run-log');
    await log.locator('[data-line-number="2"]').getByText('printed line 1').waitFor({ timeout: 20_000 });
    // On the page while the run still prints: its last line is not there yet.
    expect(await log.getByText('finished', { exact: true }).count()).toBe(0);
    expect(await page.getByTestId('run-log-connection').innerText()).toMatch(/live/i);
    await screenshot(page, '10b-run-log-live');
    const green = log.locator('[data-line-number="1"] span span', { hasText: 'green start' });
    expect(await green.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 187, 0)');
    expect(await green.innerText()).toBe('green start');

    await log
      .locator('[data-line-number="11"]')
      .getByText('finished', { exact: true })
      .waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="run-status"] [data-status="succeeded"]').waitFor({ timeout: 10_000 });
    await page.getByTestId('run-log-connection').getByText('Complete').waitFor();
    expect(await log.locator('[data-line-number="10"]').getAttribute('data-stream')).toBe('stderr');

    await log.getByLabel('Search the log').fill('NEEDLE');
    await page.getByTestId('run-log-matches').getByText('1 of 1').waitFor();
    const match = log.locator('[data-match="current"]');
    expect(await match.getAttribute('data-line-number')).toBe('10');
    expect(await match.innerText()).toContain('needle in the log');
    await log.getByLabel('Search the log').fill('printed line');
    await page.getByTestId('run-log-matches').getByText('1 of 8').waitFor();
    await log.getByLabel('Next match').click();
    await page.getByTestId('run-log-matches').getByText('2 of 8').waitFor();
    await page.getByTestId('run-log-jump-to-end').click();
    await screenshot(page, '10c-run-log-search');

    const href = await page.getByTestId('run-log-download').getAttribute('href');
    expect(href).toBe(`/api/v1/runs/${runId}/log.txt`);
    const file = await page.request.get(href ?? '');
    expect(file.status()).toBe(200);
    expect(file.headers()['content-disposition']).toContain(`codex-k8s-run-${runId}.log`);
    expect(await file.text()).toContain('printed line 8\nneedle in the log\nfinished\n');

    await page.getByText('RU', { exact: true }).click();
    await log.getByRole('heading', { name: 'Журнал' }).waitFor();
    await log.getByText('Скачать').waitFor();
    await page.getByText('EN', { exact: true }).click();
    await log.getByRole('heading', { name: 'Log' }).waitFor();
    expect(ownerProblems).toEqual([]);
  }, 60_000);

  it("changes a member's role and learning mode, and deletes a project and a user after confirmation", async () => {
    const page = ownerPage;
    await page.goto(`/projects/${projectId}`);
    const readerRow = page.locator(`[data-testid="members-table"] tr[data-email="${readerEmail}"]`);
    await readerRow.waitFor();
    await readerRow.getByLabel('Role').click();
    await page.getByRole('option', { name: 'Read & write' }).click();
    await page.getByText('Role updated').waitFor();
    await readerRow.getByText('On', { exact: true }).click();
    await page.getByText('Learning mode updated').waitFor();
    await page.reload();
    await readerRow.waitFor();
    expect(await readerRow.getByLabel('Role').inputValue()).toBe('Read & write');
    expect(await readerRow.locator('input[value="on"]').isChecked()).toBe(true);

    await page.goto('/projects');
    await page.getByRole('button', { name: 'New project' }).click();
    const create = page.getByRole('dialog');
    await create.getByLabel('Slug').fill('to-delete');
    await create.getByLabel('Name').fill('To Delete');
    await create.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'To Delete' }).waitFor();
    await page.getByRole('navigation').getByText('Projects').click();
    const row = page.locator('[data-testid="projects-table"] tr', { hasText: 'To Delete' });
    await row.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('Delete project “To Delete”?').waitFor();
    // Deleting a project and all its runs asks for its slug, typed (issue 21).
    expect(await confirm.getByRole('button', { name: 'Delete' }).isDisabled()).toBe(true);
    await confirm.getByTestId('typed-confirm-input').fill('to-delete');
    await screenshot(page, '11-delete-project-confirm');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await row.waitFor({ state: 'detached' });
    await page.locator('[data-testid="projects-table"]').getByText('E2E Demo').waitFor();

    await page.getByRole('navigation').getByText('Users').click();
    await page.getByRole('button', { name: 'Add user' }).click();
    const addUser = page.getByRole('dialog');
    await addUser.getByLabel('Email').fill('temp@example.com');
    await addUser.getByRole('button', { name: 'Add user' }).click();
    const tempRow = page.locator('[data-testid="users-table"] tr[data-email="temp@example.com"]');
    await tempRow.waitFor();
    await addUser.waitFor({ state: 'hidden' });
    // The owner's own row offers no delete (never self, nobody deletes the owner).
    expect(
      await page
        .locator('[data-testid="users-table"] tr[data-email="owner@example.com"]')
        .getByRole('button')
        .count(),
    ).toBe(0);
    await tempRow.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await tempRow.waitFor({ state: 'detached' });
    expect(ownerProblems).toEqual([]);
  }, 60_000);

  it('never serves a file outside dist/web, whatever the encoding of the path', async () => {
    const attempts = [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/%2e%2e%2fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
      '/%252e%252e%252fpackage.json',
      '/..%5c..%5cpackage.json',
      '/%c0%ae%c0%ae/package.json',
    ];
    for (const attempt of attempts) {
      const answer = await rawGet(attempt);
      expect(answer.status, attempt).toBe(404);
      expect(answer.body, attempt).not.toContain('"name": "codex-k8s"');
    }
  });
});
