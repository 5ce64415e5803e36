import { type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchPageErrors } from './support/browser.js';
import {
  desktop,
  horizontalOverflow,
  phone,
  shoot,
  startConsolePlatform,
  type ConsolePlatform,
  type Viewport,
} from './support/console-platform.js';

/**
 * The console at a phone's width (issue 21, item 1): at 390 × 844 no page scrolls sideways, the
 * navigation folds behind a burger, and every page's actions are on the screen and clickable.
 * Every page is also photographed at 1280 × 800 and 390 × 844, in both languages.
 */

const ownerEmail = 'owner@example.com';
const readerEmail = 'reader-with-a-rather-long-address@example.com';
const repository = {
  id: 424_242,
  owner: 'octo-org',
  name: 'a-service-with-a-long-name',
  token: 'ghp_rsp_token',
};
const fullName = `${repository.owner}/${repository.name}`;

let platform: ConsolePlatform;
let admin: BrowserContext;
let projectId: string;
let pendingRunId: string;

beforeAll(async () => {
  platform = await startConsolePlatform();
  platform.github.addRepository({ ...repository, tokens: [repository.token] });
  admin = await platform.signedIn(ownerEmail);
  await platform.api(admin, 'users.create', 'mutation', { email: readerEmail, isPlatformAdmin: false });
  const created = await platform.api<{ project: { id: string } }>(admin, 'projects.create', 'mutation', {
    slug: 'phone-ready',
    name: 'A project with a name long enough to wrap on a phone',
  });
  projectId = created.project.id;
  await platform.attachRepository(admin, projectId, repository);
  await platform.api(admin, 'members.upsert', 'mutation', { projectId, email: readerEmail, role: 'read' });
  const answer = await platform.deliver('issues', {
    repo: fullName,
    repositoryId: repository.id,
    label: 'run:phone',
  });
  pendingRunId = String(answer['run_id']);
  await platform.deliver('push', { repo: fullName, repositoryId: repository.id });
}, 180_000);

afterAll(async () => {
  await platform?.stop();
});

/**
 * The element is on screen and a click would reach it (not covered). Buttons and fields must be
 * wholly inside the window's width; a long link in a table row (a project's or run's title) may
 * run on under the card's edge, as long as a thumb-wide part of it is on screen.
 */
async function expectReachable(page: Page, target: Locator, what: string): Promise<void> {
  await target.waitFor({ state: 'visible' });
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box, what).not.toBeNull();
  const isLink = (await target.evaluate((element) => element.tagName)) === 'A';
  if (isLink) {
    const visible = Math.min(box!.x + box!.width, width) - Math.max(box!.x, 0);
    expect(visible, `${what}: visible width`).toBeGreaterThanOrEqual(Math.min(box!.width, 44));
  } else {
    expect(box!.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `${what}: right edge`).toBeLessThanOrEqual(width + 0.5);
  }
  await target.click({ trial: true, timeout: 5_000 });
}

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, innerWidth, culprits } = await horizontalOverflow(page);
  expect(scrollWidth, `${what} scrolls sideways: ${culprits.join(', ')}`).toBeLessThanOrEqual(innerWidth);
}

interface PageCheck {
  name: string;
  path: () => string;
  /** Waits until the page shows its data. */
  ready: (page: Page) => Promise<void>;
  /** The page's own actions, each of which must be reachable. */
  actions: (page: Page) => Array<[string, Locator]>;
}

const pages: PageCheck[] = [
  {
    name: 'projects',
    path: () => '/projects',
    ready: (page) => page.getByTestId('projects-table').getByText('phone-ready').waitFor(),
    actions: (page) => [
      ['New project', page.getByRole('button', { name: 'New project' })],
      ['project link', page.getByTestId('projects-table').getByRole('link').first()],
      ['row delete', page.getByTestId('projects-table').getByRole('button', { name: 'Delete' }).first()],
    ],
  },
  {
    name: 'project',
    path: () => `/projects/${projectId}`,
    ready: (page) => page.getByTestId('members-table').getByText(readerEmail).waitFor(),
    actions: (page) => [
      ['View runs', page.getByRole('link', { name: 'View runs' })],
      ['Edit project', page.getByTestId('edit-project')],
      ['Delete project', page.getByRole('button', { name: 'Delete project' })],
      ['Attach repository', page.getByRole('button', { name: 'Attach repository' })],
      ['repository remove', page.getByTestId('repositories-table').getByRole('button', { name: 'Remove' })],
      ['triggers edit', page.getByTestId('triggers-section').getByRole('button', { name: 'Edit' })],
      ['Add member', page.getByRole('button', { name: 'Add member' })],
      ['member remove', page.getByTestId('members-table').getByRole('button', { name: 'Remove' })],
    ],
  },
  {
    name: 'runs',
    path: () => '/runs',
    ready: (page) => page.locator(`[data-testid="runs-table"] tr[data-run-id="${pendingRunId}"]`).waitFor(),
    actions: (page) => [
      ['project filter', page.getByTestId('runs-filter-project')],
      ['status filter', page.getByTestId('runs-filter-status')],
      ['repository filter', page.getByTestId('runs-filter-repository')],
      ['sender filter', page.getByTestId('runs-filter-sender')],
      ['trigger filter', page.getByTestId('runs-filter-trigger')],
      ['run link', page.getByTestId('runs-table').getByTestId('run-subject').first()],
    ],
  },
  {
    name: 'run',
    path: () => `/runs/${pendingRunId}`,
    ready: (page) => page.locator('[data-testid="run-status"] [data-status="pending"]').waitFor(),
    actions: (page) => [
      ['Cancel run', page.getByTestId('cancel-run')],
      ['raw payload', page.getByText('Show full payload')],
      ['log download', page.getByTestId('run-log-download')],
      ['log jump to end', page.getByTestId('run-log-jump-to-end')],
    ],
  },
  {
    name: 'deliveries',
    path: () => '/deliveries',
    ready: (page) => page.getByTestId('deliveries-table').locator('[data-outcome]').first().waitFor(),
    actions: (page) => [
      ['project filter', page.getByTestId('deliveries-filter-project')],
      ['outcome filter', page.getByTestId('deliveries-filter-outcome')],
      [
        'run link',
        page.getByTestId('deliveries-table').getByRole('link', { name: pendingRunId.slice(0, 8) }),
      ],
    ],
  },
  {
    name: 'users',
    path: () => '/users',
    ready: (page) => page.locator(`[data-testid="users-table"] tr[data-email="${readerEmail}"]`).waitFor(),
    actions: (page) => [
      ['Add user', page.getByRole('button', { name: 'Add user' })],
      [
        'user delete',
        page
          .locator(`[data-testid="users-table"] tr[data-email="${readerEmail}"]`)
          .getByRole('button', { name: 'Delete' }),
      ],
      [
        'admin switch',
        page.locator(`[data-testid="users-table"] tr[data-email="${readerEmail}"] .mantine-Switch-track`),
      ],
    ],
  },
  {
    name: 'audit',
    path: () => '/audit',
    ready: (page) =>
      page.getByTestId('audit-table').locator('tr[data-event-type="member.upserted"]').first().waitFor(),
    actions: (page) => [
      ['project filter', page.getByTestId('audit-filter-project')],
      ['actor', page.getByTestId('audit-actor').first()],
      ['target link', page.getByTestId('audit-table').getByRole('link').first()],
    ],
  },
  {
    name: 'not-found',
    path: () => '/no-such-page',
    ready: (page) => page.getByTestId('not-found').waitFor(),
    actions: (page) => [['home', page.getByRole('link', { name: 'Go to start' })]],
  },
];

async function openPage(context: BrowserContext, check: PageCheck): Promise<Page> {
  const page = await context.newPage();
  await page.goto(check.path());
  await check.ready(page);
  return page;
}

describe('the console at a phone width (390 × 844)', () => {
  it('scrolls no page sideways and keeps every action on screen and clickable', async () => {
    const context = await platform.signedIn(ownerEmail, { viewport: phone });
    try {
      for (const check of pages) {
        const page = await openPage(context, check);
        const problems = watchPageErrors(page);
        await expectNoSidewaysScroll(page, check.name);
        for (const [what, target] of check.actions(page))
          await expectReachable(page, target, `${check.name}: ${what}`);
        // The header's own controls: the language switch and the account menu with sign-out.
        await expectReachable(page, page.getByText('RU', { exact: true }), `${check.name}: language`);
        await expectReachable(page, page.getByTestId('user-menu'), `${check.name}: account menu`);
        expect(problems, check.name).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  }, 180_000);

  it('folds the navigation behind a burger, opens it, follows a link and folds it again', async () => {
    const context = await platform.signedIn(ownerEmail, { viewport: phone });
    try {
      const page = await context.newPage();
      await page.goto('/projects');
      await page.getByTestId('projects-table').waitFor();
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      const runsLink = nav.getByRole('link', { name: 'Runs' });
      // Folded: the links are off screen.
      expect((await runsLink.boundingBox())?.x ?? -1).toBeLessThan(0);
      await page.getByTestId('nav-burger').click();
      await expectReachable(page, runsLink, 'Runs link in the opened navigation');
      await expectReachable(page, nav.getByRole('link', { name: 'Users' }), 'Users link');
      await shoot(page, 'phone-nav-open');
      await runsLink.click();
      await page.waitForURL(/\/runs$/);
      await page.getByTestId('runs-table').waitFor();
      await expect.poll(async () => (await runsLink.boundingBox())?.x ?? -1).toBeLessThan(0);

      // Sign-out is reachable from the account menu.
      await page.getByTestId('user-menu').click();
      const signOut = page.getByRole('menuitem', { name: 'Sign out' });
      await expectReachable(page, signOut, 'Sign out');
      await shoot(page, 'phone-account-menu');
      await signOut.click();
      await page.waitForURL(/\/login/);
      await expectNoSidewaysScroll(page, 'login');
    } finally {
      await context.close();
    }
  }, 90_000);

  it('shows a status badge in full, never cut ("SUC…")', async () => {
    const context = await platform.signedIn(ownerEmail, { viewport: phone });
    try {
      const page = await context.newPage();
      await page.goto('/runs');
      const badge = page.locator(`tr[data-run-id="${pendingRunId}"] [data-status="pending"]`);
      await badge.waitFor();
      const label = badge.locator('.mantine-Badge-label');
      const { clientWidth, scrollWidth } = await label.evaluate((element) => ({
        clientWidth: element.clientWidth,
        scrollWidth: element.scrollWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect(await label.innerText()).toBe('PENDING');
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('screenshots of every page', () => {
  const sizes: Array<[string, Viewport]> = [
    ['desktop', desktop],
    ['phone', phone],
  ];
  for (const language of ['en', 'ru'] as const) {
    it(`photographs every page at desktop and phone width, in ${language}`, async () => {
      const overflowing: string[] = [];
      for (const [size, viewport] of sizes) {
        const context = await platform.signedIn(ownerEmail, { viewport, language });
        try {
          for (const check of pages) {
            const page = await context.newPage();
            await page.goto(check.path());
            await check.ready(page);
            await shoot(page, `${size}-${language}-${check.name}`);
            const { scrollWidth, innerWidth, culprits } = await horizontalOverflow(page);
            if (scrollWidth > innerWidth)
              overflowing.push(
                `${check.name} (${size}): ${scrollWidth} > ${innerWidth}: ${culprits.join(', ')}`,
              );
            await page.close();
          }
        } finally {
          await context.close();
        }
      }
      for (const [size, viewport] of sizes) {
        const login = await platform.browser.newContext({ baseURL: platform.edgeUrl, viewport });
        await login.addInitScript((chosen) => localStorage.setItem('codexk8s.language', chosen), language);
        try {
          const page = await login.newPage();
          await page.goto('/login');
          await page.getByTestId('dev-login-submit').waitFor();
          await shoot(page, `${size}-${language}-login`);
          await expectNoSidewaysScroll(page, `login (${size})`);
        } finally {
          await login.close();
        }
      }
      expect(overflowing).toEqual([]);
    }, 240_000);
  }
});
