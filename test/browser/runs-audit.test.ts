import { type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPageErrors } from './support/browser.js';
import { phone, shoot, startConsolePlatform, type ConsolePlatform } from './support/console-platform.js';

/**
 * Runs with their context and why they wait (issue 21, items 2 and 3), and the audit page
 * (item 4): the console reads runs.list / runs.get / audit.list of a real platform.
 */

const ownerEmail = 'owner@example.com';
const repository = { id: 626_262, owner: 'octo-org', name: 'contextual', token: 'ghp_ctx_token' };
const fullName = `${repository.owner}/${repository.name}`;

let platform: ConsolePlatform;
let admin: BrowserContext;
let projectId: string;
let issueRunId: string;
let pullRunId: string;
let waitingRunId: string;

beforeAll(async () => {
  // One slot per project and no worker: runs stay where the test puts them.
  platform = await startConsolePlatform({ CODEXK8S_WORKER_SLOTS_PER_PROJECT: '1' });
  platform.github.addRepository({ ...repository, tokens: [repository.token] });
  admin = await platform.signedIn(ownerEmail);
  const created = await platform.api<{ project: { id: string } }>(admin, 'projects.create', 'mutation', {
    slug: 'contextual',
    name: 'Contextual',
  });
  projectId = created.project.id;
  await platform.attachRepository(admin, projectId, repository);
  const target = { repo: fullName, repositoryId: repository.id };
  issueRunId = String((await platform.deliver('issues', { ...target, label: 'run:ctx' }))['run_id']);
  pullRunId = String((await platform.deliver('pull_request', { ...target, label: 'run:review' }))['run_id']);
  waitingRunId = String((await platform.deliver('issues', { ...target, label: 'run:later' }))['run_id']);
  // The first run holds the project's only slot, for a minute and a half already.
  await platform.db.query(
    `update agent_runs set status = 'running', started_at = now() - interval '90 seconds' where id = $1`,
    [issueRunId],
  );
  await platform.db.query(
    `insert into slots (project_id, slot_no, state, lease_owner, lease_until, run_id)
     values ($1, 0, 'leased', 'browser-test', now() + interval '1 hour', $2)
     on conflict (project_id, slot_no) do update set state = 'leased', lease_owner = 'browser-test',
       lease_until = excluded.lease_until, run_id = excluded.run_id`,
    [projectId, issueRunId],
  );
}, 180_000);

afterAll(async () => {
  await platform?.stop();
});

describe('runs with their context', () => {
  it('lists each run with its issue or pull request, trigger, branch and commit linked to GitHub, sender and duration', async () => {
    const page = await admin.newPage();
    const problems = watchPageErrors(page);
    await page.goto('/runs');
    const row = (runId: string) => page.locator(`[data-testid="runs-table"] tr[data-run-id="${runId}"]`);
    await row(pullRunId).waitFor();

    const issue = row(issueRunId);
    expect(await issue.getByTestId('run-subject').innerText()).toBe('#1 Spelling error in the README file');
    expect(await issue.locator('[data-trigger-kind="label"]').innerText()).toMatch(/label\s*run:ctx/i);
    expect(await issue.getByTestId('run-duration').innerText()).toMatch(/^1 min (3\d|[4-9]\d) s$/);
    const sender = issue.getByRole('link', { name: 'octo-owner' });
    expect(await sender.getAttribute('href')).toMatch(/^https:\/\/github\.com\/\w/);

    const pull = row(pullRunId);
    expect(await pull.getByTestId('run-subject').innerText()).toMatch(/^#\d+ /);
    expect(await pull.locator('[data-trigger-kind="label"]').innerText()).toContain('run:review');
    const links = await pull
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    // Branch and commit both lead to GitHub.
    expect(links.filter((href) => href.startsWith('https://')).length).toBeGreaterThanOrEqual(3);
    expect(await row(waitingRunId).innerText()).toContain('waiting');
    await shoot(page, 'runs-context-desktop');
    expect(problems).toEqual([]);
  }, 60_000);

  it('filters by repository, sender and trigger, and offers "Clear filters" when nothing matches', async () => {
    const page = await admin.newPage();
    await page.goto('/runs');
    const rows = page.locator('[data-testid="runs-table"] tr[data-run-id]');
    await rows.nth(2).waitFor();

    await page.getByTestId('runs-filter-trigger').fill('run:review');
    await page.waitForURL(/trigger=run%3Areview/);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-run-id')).toBe(pullRunId);

    await page.getByTestId('runs-filter-sender').fill('OCTO-OWNER');
    await page.waitForURL(/sender=OCTO-OWNER/);
    await expect.poll(() => rows.count()).toBe(1);

    await page.getByTestId('runs-filter-repository').fill('octo-org/elsewhere');
    await page.getByTestId('clear-filters').waitFor();
    expect(await rows.count()).toBe(0);
    await shoot(page, 'runs-filtered-to-nothing');
    await page.getByTestId('clear-filters').click();
    await expect.poll(() => rows.count()).toBe(3);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByTestId('runs-filter-trigger').inputValue()).toBe('');

    await page.goto(`/runs?repository=${encodeURIComponent(fullName.toUpperCase())}`);
    await expect.poll(() => rows.count()).toBe(3);
  }, 60_000);

  it('says on a pending run’s page why it waits: slots in use and its place in the queue, in English and Russian', async () => {
    const page = await admin.newPage();
    await page.goto(`/runs/${waitingRunId}`);
    const queue = page.getByTestId('run-queue');
    await queue.waitFor();
    expect(await queue.getByTestId('run-queue-slots').innerText()).toContain('1 of 1');
    expect(await queue.getByTestId('run-queue-slots').innerText()).toContain('every slot is taken');
    expect(await queue.getByTestId('run-queue-position').innerText()).toContain('2');
    await shoot(page, 'run-why-it-waits');

    // The run itself: subject linked to GitHub, trigger, sender.
    await page.goto(`/runs/${pullRunId}`);
    await page.getByTestId('run-queue').getByTestId('run-queue-position').getByText('1').waitFor();
    await page.getByTestId('run-trigger').locator('[data-trigger-kind="label"]').waitFor();

    const russian = await platform.signedIn(ownerEmail, { language: 'ru', viewport: phone });
    try {
      const ru = await russian.newPage();
      await ru.goto(`/runs/${waitingRunId}`);
      await ru.getByTestId('run-queue').getByText('Почему ждёт').waitFor();
      expect(await ru.getByTestId('run-queue-slots').innerText()).toContain('1 из 1');
      await shoot(ru, 'run-why-it-waits-ru-phone');
    } finally {
      await russian.close();
    }
    // A running run does not wait.
    await page.goto(`/runs/${issueRunId}`);
    await page.locator('[data-testid="run-status"] [data-status="running"]').waitFor();
    expect(await page.getByTestId('run-queue').count()).toBe(0);
  }, 60_000);
});

describe('the audit page', () => {
  it('shows a platform admin who did what when, linked to the thing changed, and filters by person', async () => {
    const page = await admin.newPage();
    const problems = watchPageErrors(page);
    await page.goto('/projects');
    await page.getByRole('navigation').getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('heading', { name: 'Audit' }).waitFor();
    const table = page.getByTestId('audit-table');
    const attached = table.locator('tr[data-event-type="repository.upserted"]');
    await attached.waitFor();
    expect(await attached.innerText()).toMatch(
      /Repository attached[\s\S]*owner@example\.com[\s\S]*Repository\s+octo-org\/contextual/,
    );
    expect(await attached.getByTestId('audit-target').getAttribute('href')).toBe(`/projects/${projectId}`);
    await table.locator('tr[data-event-type="project.created"]').waitFor();
    await shoot(page, 'audit-desktop');

    await attached.getByTestId('audit-actor').click();
    await page.waitForURL(/actorId=/);
    await page.getByTestId('audit-actor-filter').getByText('owner@example.com').waitFor();
    await attached.getByTestId('audit-target').click();
    await page.waitForURL(`${platform.edgeUrl}/projects/${projectId}`);
    expect(problems).toEqual([]);

    const russian = await platform.signedIn(ownerEmail, { language: 'ru', viewport: phone });
    try {
      const ru = await russian.newPage();
      await ru.goto('/audit');
      await ru.getByRole('heading', { name: 'Аудит' }).waitFor();
      await ru
        .getByTestId('audit-table')
        .locator('tr[data-event-type="repository.upserted"]')
        .getByText('Репозиторий подключён')
        .waitFor();
      await shoot(ru, 'audit-ru-phone');
    } finally {
      await russian.close();
    }
  }, 90_000);

  it("shows a project admin their project's trail and a read member no audit entry at all", async () => {
    for (const [email, role] of [
      ['project-admin@example.com', 'admin'],
      ['reader@example.com', 'read'],
    ] as const) {
      await platform.api(admin, 'users.create', 'mutation', { email, isPlatformAdmin: false });
      await platform.api(admin, 'members.upsert', 'mutation', { projectId, email, role });
    }
    const projectAdmin = await platform.signedIn('project-admin@example.com');
    try {
      const page = await projectAdmin.newPage();
      await page.goto('/projects');
      await page.getByRole('navigation').getByRole('link', { name: 'Audit' }).click();
      const table = page.getByTestId('audit-table');
      await table.locator('tr[data-event-type="member.upserted"]').first().waitFor();
      // Only their project's entries: no user changes (those belong to no project).
      expect(await table.locator('tr[data-event-type="user.created"]').count()).toBe(0);
      expect(await page.getByTestId('audit-filter-project').inputValue()).toBe('Contextual');
    } finally {
      await projectAdmin.close();
    }
    const reader = await platform.signedIn('reader@example.com');
    try {
      const page = await reader.newPage();
      await page.goto('/projects');
      await page.getByTestId('projects-table').getByText('Contextual', { exact: true }).waitFor();
      expect(await page.getByRole('navigation').getByRole('link', { name: 'Audit' }).count()).toBe(0);
      await page.goto('/audit');
      await page.getByText('Only platform administrators and project administrators').waitFor();
    } finally {
      await reader.close();
    }
  }, 90_000);
});
