import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { actionFor, editedPayload } from '../../../scripts/webhook-payload.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../../support/fake-github-api.js';
import { examplePayload, sendWebhook } from '../../support/github-webhooks.js';
import {
  newSecrets,
  startControlPlane,
  startEdge,
  type ControlPlaneHandle,
  type EdgeHandle,
  type PlatformSecrets,
} from '../../support/platform.js';
import { freePort } from '../../support/ports.js';
import { launchChromium, screenshotDir } from './browser.js';

/**
 * One platform for the console's browser tests (issue 21): a fresh database, fake GitHub's
 * repository API, the built control-plane (restartable on the same gRPC port, so the edge
 * reconnects) and edge, and Debian's Chromium. Staff sign in with the edge's dev sign-in; data is
 * made through the staff API as that signed-in user, exactly as the console makes it.
 */
export interface ConsolePlatform {
  db: TestDatabase;
  github: FakeGitHubApi;
  secrets: PlatformSecrets;
  edge: EdgeHandle;
  edgeUrl: string;
  browser: Browser;
  controlPlane(): ControlPlaneHandle;
  stopControlPlane(): Promise<void>;
  startControlPlane(): Promise<void>;
  /** A browser context signed in as `email` (dev sign-in), at `viewport`, in `locale`. */
  signedIn(email: string, options?: { viewport?: Viewport; language?: 'en' | 'ru' }): Promise<BrowserContext>;
  /** One staff API call as the context's signed-in user; fails the test unless it succeeds. */
  api<T>(context: BrowserContext, procedure: string, kind: 'query' | 'mutation', input: unknown): Promise<T>;
  /** Attaches a GitHub repository (known to `github`) to the project, as the context's user. */
  attachRepository(
    context: BrowserContext,
    projectId: string,
    repository: { owner: string; name: string; token: string },
  ): Promise<void>;
  /** A signed GitHub delivery; returns the edge's answer body. */
  deliver(event: string, edits: DeliveryEdits, deliveryId?: string): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export interface Viewport {
  width: number;
  height: number;
}
export const desktop: Viewport = { width: 1280, height: 800 };
export const phone: Viewport = { width: 390, height: 844 };

export interface DeliveryEdits {
  repo: string;
  repositoryId: number;
  sender?: string;
  label?: string;
  comment?: string;
  association?: string;
}

export async function startConsolePlatform(env: Record<string, string> = {}): Promise<ConsolePlatform> {
  const secrets = newSecrets();
  const db = await createTestDatabase('codexk8s_console');
  const github = await startFakeGitHubApi();
  const edgePort = await freePort();
  const edgeUrl = `http://127.0.0.1:${edgePort}`;
  const grpcPort = await freePort();
  const start = () =>
    startControlPlane({
      databaseUrl: db.url,
      secrets,
      publicBaseUrl: edgeUrl,
      grpcPort,
      env: { CODEXK8S_GITHUB_API_BASE_URL: github.apiBaseUrl, ...env },
    });
  let controlPlane: ControlPlaneHandle | null = await start();
  const edge = await startEdge({ secrets, controlPlaneTarget: controlPlane.grpcTarget, port: edgePort });
  const browser = await launchChromium();

  const platform: ConsolePlatform = {
    db,
    github,
    secrets,
    edge,
    edgeUrl,
    browser,
    controlPlane() {
      if (!controlPlane) throw new Error('the control-plane is stopped');
      return controlPlane;
    },
    async stopControlPlane() {
      await controlPlane?.process.stop();
      controlPlane = null;
    },
    async startControlPlane() {
      controlPlane ??= await start();
    },
    async signedIn(email, options = {}) {
      const context = await browser.newContext({
        baseURL: edgeUrl,
        locale: options.language === 'ru' ? 'ru-RU' : 'en-US',
        viewport: options.viewport ?? desktop,
      });
      // The console keeps the reader's language in localStorage; set it before any page loads.
      await context.addInitScript(
        (language) => localStorage.setItem('codexk8s.language', language),
        options.language ?? 'en',
      );
      const answer = await context.request.post('/api/v1/auth/dev-login', { data: { email } });
      expect(answer.status(), await answer.text()).toBeLessThan(400);
      return context;
    },
    async api<T>(context: BrowserContext, procedure: string, kind: 'query' | 'mutation', input: unknown) {
      const answer =
        kind === 'query'
          ? await context.request.get(
              `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input ?? {}))}`,
            )
          : await context.request.post(`/api/trpc/${procedure}`, { data: input ?? {} });
      const body = (await answer.json()) as { result?: { data?: T } };
      expect(answer.status(), `${procedure}: ${JSON.stringify(body)}`).toBe(200);
      return body.result?.data as T;
    },
    async attachRepository(context, projectId, repository) {
      await platform.api(context, 'repositories.upsert', 'mutation', {
        projectId,
        provider: 'github',
        owner: repository.owner,
        name: repository.name,
        token: repository.token,
      });
    },
    async deliver(event, edits, deliveryId) {
      const payloadEdits = { sender: 'octo-owner', ...edits };
      const action = actionFor(event, undefined, payloadEdits);
      const body = JSON.stringify(editedPayload(examplePayload(event, action), event, payloadEdits));
      const answer = await sendWebhook(edgeUrl, { event, body, secret: secrets.webhookSecret, deliveryId });
      expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
      return answer.body;
    },
    async stop() {
      await browser.close();
      await edge.process.stop();
      await controlPlane?.process.stop();
      await github.close();
      await db.drop();
    },
  };
  return platform;
}

/**
 * Where the console's screenshots go: CODEXK8S_SCREENSHOT_DIR when set (a reviewer's folder outside
 * the repository), else test-results/browser/ like the other browser tests.
 */
const shotsDir = process.env.CODEXK8S_SCREENSHOT_DIR ?? screenshotDir;

export async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(shotsDir, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
}

/**
 * The page scrolls sideways when its document is wider than the window; `culprits` names the
 * outermost elements reaching past the right edge (outside scroll containers), to say what to fix.
 */
export async function horizontalOverflow(
  page: Page,
): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const culprits: string[] = [];
    const walk = (element: Element) => {
      const style = getComputedStyle(element);
      if (['auto', 'scroll', 'hidden'].includes(style.overflowX)) return;
      const rect = element.getBoundingClientRect();
      if (rect.width > 0 && rect.right > window.innerWidth + 0.5) {
        const wider = [...element.children].some(
          (child) => child.getBoundingClientRect().right > window.innerWidth + 0.5,
        );
        if (!wider)
          culprits.push(
            `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (${Math.round(rect.right)})`,
          );
      }
      for (const child of element.children) walk(child);
    };
    walk(document.body);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      culprits: culprits.slice(0, 8),
    };
  });
}
