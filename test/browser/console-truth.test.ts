import { type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPageErrors } from './support/browser.js';
import { phone, shoot, startConsolePlatform, type ConsolePlatform } from './support/console-platform.js';

/**
 * The console tells the truth (issue 21, items 5 and 6): a stale-data banner while the
 * control-plane is down and gone once it is back, a header skeleton while the session loads,
 * refusals in words from their reason codes in English and Russian, a finished run no longer
 * "live", and projects created, edited and deleted the careful way.
 */

const ownerEmail = 'owner@example.com';
const repository = { id: 515_151, owner: 'octo-org', name: 'truthful', token: 'ghp_truth_token' };

let platform: ConsolePlatform;
let admin: BrowserContext;
let projectId: string;

beforeAll(async () => {
  platform = await startConsolePlatform();
  platform.github.addRepository({ ...repository, tokens: [repository.token] });
  admin = await platform.signedIn(ownerEmail);
  const created = await platform.api<{ project: { id: string } }>(admin, 'projects.create', 'mutation', {
    slug: 'truth',
    name: 'Truth',
  });
  projectId = created.project.id;
}, 180_000);

afterAll(async () => {
  await platform?.stop();
});

async function openProject(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/projects/${projectId}`);
  await page.getByTestId('repositories-section').waitFor();
  return page;
}

async function attachRepository(
  page: Page,
  labels: { attach: string; owner: string; name: string; token: string },
) {
  await page.getByRole('button', { name: labels.attach }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(labels.owner).fill(repository.owner);
  await dialog.getByLabel(labels.name).fill(repository.name);
  await dialog.getByLabel(labels.token).fill(repository.token);
  await dialog.getByRole('button', { name: labels.attach }).click();
}

describe('errors that tell the truth', () => {
  it('says GitHub answered 500 when attaching fails there, and that a member must be a user first, in English and Russian', async () => {
    const en = await openProject(admin);
    const problems = watchPageErrors(en);
    platform.github.failWith(500);
    try {
      await attachRepository(en, {
        attach: 'Attach repository',
        owner: 'Owner',
        name: 'Repository',
        token: 'Access token',
      });
      const failure = en.getByTestId('notification-error').filter({ hasText: 'GitHub' });
      await failure.getByText('GitHub answered with an error (HTTP 500)').waitFor();
      expect(await failure.innerText()).not.toMatch(/temporarily unavailable/i);
      await shoot(en, 'truth-github-500-en');
      await en.keyboard.press('Escape');

      await en.getByRole('button', { name: 'Add member' }).click();
      await en.getByRole('dialog').getByLabel('Email').fill('nobody@example.com');
      await en.getByRole('dialog').getByRole('button', { name: 'Add member' }).click();
      await en
        .getByTestId('notification-error')
        .getByText('No user with this email. Add them on the Users page first.')
        .waitFor();
      await shoot(en, 'truth-member-not-user-en');
    } finally {
      platform.github.failWith(null);
    }
    expect(problems).toEqual([]);

    const russian = await platform.signedIn(ownerEmail, { language: 'ru' });
    try {
      const ru = await openProject(russian);
      platform.github.failWith(502);
      try {
        await attachRepository(ru, {
          attach: 'Подключить репозиторий',
          owner: 'Владелец',
          name: 'Репозиторий',
          token: 'Токен доступа',
        });
        await ru.getByTestId('notification-error').getByText('GitHub ответил ошибкой (HTTP 502)').waitFor();
      } finally {
        platform.github.failWith(null);
      }
      await ru.keyboard.press('Escape');
      await ru.getByRole('button', { name: 'Добавить участника' }).click();
      await ru.getByRole('dialog').getByLabel('Почта').fill('nobody@example.com');
      await ru.getByRole('dialog').getByRole('button', { name: 'Добавить участника' }).click();
      const refusal = ru.getByTestId('notification-error').filter({ hasText: 'почт' });
      await refusal.getByText('Пользователя с такой почтой нет').waitFor();
      // No raw, lower-case English server message in the Russian console.
      expect(await refusal.innerText()).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
      await shoot(ru, 'truth-member-not-user-ru');
    } finally {
      await russian.close();
    }
  }, 120_000);
});

describe('projects, the careful way', () => {
  it('refuses a taken slug at the field, renames a project and sets its learning mode, and deletes only after the slug is typed', async () => {
    const page = await admin.newPage();
    const problems = watchPageErrors(page);
    await page.goto('/projects');
    await page.getByRole('button', { name: 'New project' }).click();
    const create = page.getByRole('dialog');
    await create.getByLabel('Slug').fill('truth');
    await create.getByLabel('Name').fill('Would rename the other one');
    await create.getByRole('button', { name: 'Create' }).click();
    await create.getByText('The slug “truth” is already used by another project.').waitFor();
    await shoot(page, 'truth-slug-taken');
    // Nothing was renamed.
    const project = await platform.api<{ name: string }>(admin, 'projects.get', 'query', { projectId });
    expect(project.name).toBe('Truth');

    await create.getByLabel('Slug').fill('doomed');
    await create.getByLabel('Name').fill('Doomed');
    await create.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Doomed' }).waitFor();

    await page.getByTestId('edit-project').click();
    const edit = page.getByRole('dialog');
    await edit.getByLabel('Name').fill('Doomed, renamed');
    await edit.getByLabel('Learning mode').check();
    await shoot(page, 'truth-edit-project');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Doomed, renamed' }).waitFor();
    await page.getByText('Learning mode: On').waitFor();

    await page.getByRole('button', { name: 'Delete project' }).click();
    const confirm = page.getByRole('dialog');
    const deleteButton = confirm.getByTestId('confirm-delete-project');
    expect(await deleteButton.isDisabled()).toBe(true);
    await confirm.getByTestId('typed-confirm-input').fill('doome');
    expect(await deleteButton.isDisabled()).toBe(true);
    await confirm.getByTestId('typed-confirm-input').fill('doomed');
    await shoot(page, 'truth-delete-typed');
    await deleteButton.click();
    await page.waitForURL(/\/projects$/);
    await page.getByTestId('projects-table').getByText('truth', { exact: true }).waitFor();
    await page
      .getByTestId('projects-table')
      .getByText('doomed', { exact: true })
      .waitFor({ state: 'detached', timeout: 15_000 });
    expect(problems).toEqual([]);
  }, 90_000);
});

describe('stale data and loading', () => {
  it('shows a header skeleton, not a blank page, while the session check is slow', async () => {
    const context = await platform.signedIn(ownerEmail, { viewport: phone });
    try {
      const page = await context.newPage();
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/api\/trpc\/[^?]*auth\.me/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto('/projects');
      await page.getByTestId('session-loading').waitFor();
      expect(await page.getByText('codex-k8s').isVisible()).toBe(true);
      await shoot(page, 'truth-session-loading');
      release();
      await page.getByTestId('projects-table').waitFor();
      expect(await page.getByTestId('session-loading').count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('keeps the rows it has with a stale-data banner while the control-plane is down, and drops the banner once it is back', async () => {
    const page = await admin.newPage();
    await page.goto('/projects');
    await page.getByTestId('projects-table').getByText('truth', { exact: true }).waitFor();
    expect(await page.getByTestId('platform-down').count()).toBe(0);

    await platform.stopControlPlane();
    try {
      const banner = page.getByTestId('platform-down');
      // The list refreshes when asked (window focus, navigation): force one.
      await page.getByRole('navigation').getByText('Runs').click();
      await banner.waitFor({ timeout: 30_000 });
      expect(await banner.innerText()).toMatch(/may be out of date/);
      await page.getByRole('navigation').getByText('Projects').click();
      // The projects it had are still shown, under the banner.
      await page.getByTestId('projects-table').getByText('truth', { exact: true }).waitFor();
      expect(await banner.isVisible()).toBe(true);
      await shoot(page, 'truth-stale-banner');
      // On every page, in Russian too.
      await page.getByText('RU', { exact: true }).click();
      await page.getByTestId('platform-down').getByText('могут быть устаревшими').waitFor();
      await page.getByText('EN', { exact: true }).click();
    } finally {
      await platform.startControlPlane();
    }
    // Back: the banner goes away without a reload, within a few seconds of the control-plane being
    // ready (it is asked every 3 s while unreachable), not at the next 15-second check.
    await page.getByTestId('platform-down').waitFor({ state: 'detached', timeout: 12_000 });
    await page.getByTestId('projects-table').getByText('truth', { exact: true }).waitFor();
  }, 120_000);
});

describe('people by name', () => {
  it('picks a member by searching the access list, and shows every user’s last sign-in', async () => {
    await platform.api(admin, 'users.create', 'mutation', {
      email: 'picker@example.com',
      isPlatformAdmin: false,
    });
    const page = await openProject(admin);
    const problems = watchPageErrors(page);
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').fill('pick');
    const option = page.getByRole('option', { name: 'picker@example.com' });
    await option.waitFor();
    await shoot(page, 'truth-member-picker');
    await option.click();
    expect(await dialog.getByLabel('Email').inputValue()).toBe('picker@example.com');
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await page.locator('[data-testid="members-table"] tr[data-email="picker@example.com"]').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // A prefix nobody has says so before anything is sent.
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('dialog').getByLabel('Email').fill('zz-nobody');
    await page.getByRole('dialog').getByText('No user matches').waitFor();
    await page.keyboard.press('Escape');

    await page.goto('/users');
    const ownerRow = page.locator(`[data-testid="users-table"] tr[data-email="${ownerEmail}"]`);
    const lastSignIn = ownerRow.getByTestId('last-sign-in');
    await lastSignIn.locator('time').waitFor();
    expect(await lastSignIn.innerText()).not.toMatch(/not signed in/i);
    expect(
      await page
        .locator('[data-testid="users-table"] tr[data-email="picker@example.com"]')
        .getByTestId('last-sign-in')
        .innerText(),
    ).toBe('Not signed in yet');
    await shoot(page, 'truth-users-last-sign-in');
    expect(problems).toEqual([]);
  }, 90_000);

  it('names who canceled a run by email, and calls the timeline live only while the run is', async () => {
    await platform.attachRepository(admin, projectId, repository);
    const answer = await platform.deliver('issues', {
      repo: `${repository.owner}/${repository.name}`,
      repositoryId: repository.id,
      label: 'run:truth',
    });
    const runId = String(answer['run_id']);
    for (const language of ['en', 'ru'] as const) {
      const context = language === 'en' ? admin : await platform.signedIn(ownerEmail, { language });
      try {
        const page = await context.newPage();
        await page.goto(`/runs/${runId}`);
        const connection = page.getByTestId('timeline-connection');
        await page.locator('[data-testid="run-timeline"] [data-event-type="webhook.received"]').waitFor();
        if (language === 'en') {
          await connection.getByText('Live').waitFor();
          await page.getByTestId('cancel-run').click();
          await page.getByTestId('confirm-cancel-run').click();
        }
        const canceled = page.locator('[data-testid="run-timeline"] [data-event-type="run.canceled"]');
        await canceled.waitFor();
        expect(await canceled.innerText()).toContain(ownerEmail);
        await connection.getByText(language === 'en' ? 'Complete' : 'Завершён').waitFor();
        if (language === 'ru') {
          expect(await canceled.innerText()).toContain('Запуск отменён');
          expect(await page.getByTestId('run-timeline').innerText()).toContain('Вебхук GitHub');
        }
        await shoot(page, `truth-run-canceled-${language}`);
      } finally {
        if (language === 'ru') await context.close();
      }
    }
  }, 90_000);
});
