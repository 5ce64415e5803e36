/**
 * The console's rerun (SPEC §13, issue 19) in Debian's Chromium against the built edge and
 * control-plane: a finished run offers "Rerun" to those who may (both languages), the new run's
 * page links to its original and back, and the GitHub report state is shown; a read member gets no
 * button. No dispatcher runs, so the rerun stays pending while the test looks at it.
 */
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededUser, startStaffPlatform, type StaffPlatform } from '../support/staff-platform.js';
import { launchChromium, screenshot, watchPageErrors } from './support/browser.js';

let platform: StaffPlatform;
let browser: Browser;
let owner: SeededUser;
let reader: SeededUser;
let failedRunId: string;

async function signedIn(email: string, locale: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    baseURL: platform.edge.url,
    locale,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const problems = watchPageErrors(page);
  await page.goto('/login');
  await page.getByTestId('dev-login-submit').waitFor();
  await page.locator('input[type="email"], input[name="email"]').first().fill(email);
  await page.getByTestId('dev-login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { page, problems };
}

beforeAll(async () => {
  platform = await startStaffPlatform({ CODEXK8S_GITHUB_REPORT_INTERVAL: '0' });
  owner = await platform.seedUser(platform.secrets.ownerEmail, { owner: true });
  reader = await platform.seedUser('reader@example.com');
  const projectId = await platform.seedProject('rerun-ui', 'Rerun UI');
  await platform.seedMember(projectId, reader.id, 'read');
  failedRunId = (await platform.seedRun(projectId, { status: 'failed' })).id;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('console: rerun a finished run', () => {
  it('the owner reruns a failed run: the new run links to its original, the original to it; the report state shows', async () => {
    const { page, problems } = await signedIn(owner.email, 'en-US');
    await page.goto(`/runs/${failedRunId}`);
    await page.locator('[data-testid="run-status"] [data-status="failed"]').waitFor();
    expect(await page.getByTestId('github-report-state').getAttribute('data-state')).toBe('none');
    expect(await page.getByTestId('cancel-run').count()).toBe(0);
    const button = page.getByTestId('rerun-run');
    expect(await button.innerText()).toBe('Rerun');
    await button.click();

    await page.waitForURL((url) => url.pathname.startsWith('/runs/') && !url.pathname.endsWith(failedRunId));
    const rerunId = page.url().split('/runs/')[1] ?? '';
    await page.locator('[data-testid="run-status"] [data-status="pending"]').waitFor();
    expect(await page.getByTestId('rerun-of').innerText()).toBe(failedRunId.slice(0, 8));
    // An unfinished run is canceled, not rerun.
    expect(await page.getByTestId('rerun-run').count()).toBe(0);
    await page.locator('[data-testid="run-timeline"] [data-event-type="run.rerun"]').waitFor();
    await screenshot(page, 'rerun-01-new-run');

    await page.getByTestId('rerun-of').click();
    await page.waitForURL((url) => url.pathname.endsWith(failedRunId));
    await page.getByTestId('rerun-link').first().waitFor();
    expect(await page.getByTestId('rerun-link').allInnerTexts()).toEqual([rerunId.slice(0, 8)]);
    await screenshot(page, 'rerun-02-original');

    const { rows } = await platform.db.query<{ rerun_of: string; status: string }>(
      'select rerun_of::text as rerun_of, status from agent_runs where id = $1',
      [rerunId],
    );
    expect(rows).toEqual([{ rerun_of: failedRunId, status: 'pending' }]);
    expect(problems).toEqual([]);
  }, 90_000);

  it('in Russian the button says so; a read member sees the links but no button', async () => {
    const ru = await signedIn(owner.email, 'ru-RU');
    await ru.page.goto(`/runs/${failedRunId}`);
    await ru.page.getByTestId('rerun-run').waitFor();
    expect(await ru.page.getByTestId('rerun-run').innerText()).toBe('Перезапустить');
    expect((await ru.page.getByTestId('github-report-state').innerText()).toLowerCase()).toBe(
      'не отправляется',
    );

    const read = await signedIn(reader.email, 'en-US');
    await read.page.goto(`/runs/${failedRunId}`);
    await read.page.locator('[data-testid="run-status"] [data-status="failed"]').waitFor();
    await read.page.getByTestId('rerun-link').first().waitFor();
    expect(await read.page.getByTestId('rerun-run').count()).toBe(0);
    expect([...ru.problems, ...read.problems]).toEqual([]);
  }, 90_000);
});
