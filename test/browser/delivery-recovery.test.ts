import { randomUUID } from 'node:crypto';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { type FakeGitHubApi, startFakeGitHubApi } from '../support/fake-github-api.js';
import { examplePayload } from '../support/github-webhooks.js';
import {
  type ControlPlaneHandle,
  type EdgeHandle,
  newSecrets,
  startControlPlane,
  startEdge,
} from '../support/platform.js';
import { mintStaffJwt, trpc } from '../support/staff-api-client.js';
import { launchChromium, screenshot, watchPageErrors } from './support/browser.js';

/**
 * Missed deliveries in the console (issue 20): per repository on the project page, the last walk
 * of GitHub's delivery log, how many deliveries came back, why the last walk failed, and "Check
 * now" for project admins — in English and Russian; read members see the state without the button.
 */

const secrets = newSecrets();
const readerEmail = 'reader@example.com';
let db: TestDatabase;
let github: FakeGitHubApi;
let controlPlane: ControlPlaneHandle;
let edge: EdgeHandle;
let browser: Browser;
let projectId: string;

async function devSignIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email (local development sign-in)').fill(email);
  await page.getByTestId('dev-login-submit').click();
  await page.waitForURL(/\/projects$/);
}

const repositoryRow = (page: Page, fullName: string) =>
  page.getByTestId('repositories-table').locator('tr', { hasText: fullName });

beforeAll(async () => {
  db = await createTestDatabase('codexk8s_recovery_ui');
  github = await startFakeGitHubApi();
  controlPlane = await startControlPlane({
    databaseUrl: db.url,
    secrets,
    publicBaseUrl: 'https://codex.example.test',
    env: {
      CODEXK8S_GITHUB_API_BASE_URL: github.apiBaseUrl,
      CODEXK8S_DELIVERY_RECOVERY_INTERVAL: '1h',
      CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS: readerEmail,
    },
  });
  edge = await startEdge({ secrets, controlPlaneTarget: controlPlane.grpcTarget });
  const { rows: owners } = await db.query<{ id: string }>('select id from users where email = $1', [
    secrets.ownerEmail,
  ]);
  const token = await mintStaffJwt(secrets.jwtSigningKey, {
    id: owners[0]!.id,
    email: secrets.ownerEmail,
    isPlatformAdmin: true,
    isPlatformOwner: true,
    githubLogin: 'owner',
  });
  projectId = (
    await db.query<{ id: string }>(
      `insert into projects (slug, name) values ('ui-recovery', 'UI Recovery') returning id`,
    )
  ).rows[0]!.id;
  await db.query(
    `insert into project_members (project_id, user_id, role) select $1, id, 'read' from users where email = $2`,
    [projectId, readerEmail],
  );
  for (const [index, name] of ['web', 'api'].entries()) {
    const repoToken = `ghp_ui_${name}`;
    const fake = github.addRepository({ owner: 'acme', name, id: 940_001 + index, tokens: [repoToken] });
    const saved = await trpc(
      edge.url,
      'repositories.upsert',
      'mutation',
      { projectId, provider: 'github', owner: 'acme', name, token: repoToken },
      token,
    );
    expect(saved.status, saved.message).toBe(200);
    // Three deliveries to web that never arrived; api's token is revoked.
    if (name === 'web') {
      for (let n = 0; n < 3; n += 1) {
        const payload = examplePayload('issues', 'opened');
        Object.assign(payload.repository as object, { id: fake.id, name, full_name: `acme/${name}` });
        github.logDelivery(fake, { guid: randomUUID(), event: 'issues', payload, statusCode: 0 });
      }
    } else {
      github.knownTokens.delete(repoToken);
    }
  }
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await edge?.process.stop();
  await controlPlane?.process.stop();
  await github?.close();
  await db?.drop();
});

describe('missed deliveries on the project page', () => {
  it('shows the walk per repository; "Check now" recovers, a refused token is shown; both languages', async () => {
    const context = await browser.newContext({
      baseURL: edge.url,
      locale: 'en-US',
      viewport: { width: 1400, height: 900 },
    });
    const page = await context.newPage();
    const problems = watchPageErrors(page);
    await devSignIn(page, secrets.ownerEmail);
    await page.goto(`/projects/${projectId}`);
    await page.getByRole('heading', { name: 'Repositories' }).waitFor();
    const web = repositoryRow(page, 'acme/web');
    const api = repositoryRow(page, 'acme/api');
    await web.getByText('Recovered: 0').waitFor();
    await page.getByRole('columnheader', { name: 'Missed deliveries' }).waitFor();

    await web.getByRole('button', { name: 'Check now' }).click();
    await page.getByText('Checked 3 deliveries in GitHub’s log, recovered 3').waitFor();
    await web.getByText('Recovered: 3').waitFor();
    expect(await web.getByTestId('recovery-outcome').count()).toBe(0);
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from flow_events where event_type = 'webhook.recovered'`,
    );
    expect(rows[0]!.n).toBe(3);

    await api.getByRole('button', { name: 'Check now' }).click();
    await page.getByTestId('notification-error').waitFor();
    await api.getByTestId('recovery-outcome').getByText('Token refused').waitFor();
    expect(await api.getByTestId('recovery-error').innerText()).toContain('401');
    await screenshot(page, 'recovery-01-project');

    await page.getByText('RU', { exact: true }).click();
    await page.getByRole('columnheader', { name: 'Пропущенные доставки' }).waitFor();
    await web.getByText('Восстановлено: 3').waitFor();
    await web.getByRole('button', { name: 'Проверить сейчас' }).waitFor();
    await api.getByText('Токен отклонён').waitFor();
    await screenshot(page, 'recovery-02-project-ru');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('columnheader', { name: 'Missed deliveries' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('a read member sees the walk but no "Check now"', async () => {
    const context = await browser.newContext({
      baseURL: edge.url,
      locale: 'en-US',
      viewport: { width: 1400, height: 900 },
    });
    const page = await context.newPage();
    await devSignIn(page, readerEmail);
    await page.goto(`/projects/${projectId}`);
    const web = repositoryRow(page, 'acme/web');
    await web.getByText('Recovered: 3').waitFor();
    await repositoryRow(page, 'acme/api').getByText('Token refused').waitFor();
    expect(await page.getByRole('button', { name: 'Check now' }).count()).toBe(0);
    await context.close();
  }, 60_000);
});
