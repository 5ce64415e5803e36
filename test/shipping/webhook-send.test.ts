/**
 * `npm run webhook:send` against real built processes: the edge accepts its signature, the stored
 * run carries the rewritten repository and the chosen action, a repeated delivery id is a
 * duplicate, a wrong secret is refused, an unknown event or action is explained.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import {
  newSecrets,
  startControlPlane,
  startEdge,
  type ControlPlaneHandle,
  type EdgeHandle,
} from '../support/platform.js';
import { projectRoot } from '../support/processes.js';

const run = promisify(execFile);
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');

interface Sent {
  code: number;
  stdout: string;
  stderr: string;
}

async function webhookSend(args: string[], env: Record<string, string> = {}): Promise<Sent> {
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/webhook-send.ts', ...args], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('webhook:send', () => {
  const secrets = newSecrets();
  let database: TestDatabase;
  let controlPlane: ControlPlaneHandle;
  let edge: EdgeHandle;

  beforeAll(async () => {
    database = await createTestDatabase();
    controlPlane = await startControlPlane({ databaseUrl: database.url, secrets });
    edge = await startEdge({ secrets, controlPlaneTarget: controlPlane.grpcTarget });
  });

  afterAll(async () => {
    await edge?.process.stop();
    await controlPlane?.process.stop();
    await database?.drop();
  });

  it('signs a real example payload for the repository given, and the platform stores it as a run', async () => {
    const sent = await webhookSend([
      'issues',
      '--action',
      'opened',
      '--repo',
      'acme/rocket',
      '--url',
      edge.url,
      '--secret',
      secrets.webhookSecret,
    ]);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/^202 Accepted$/m);
    const runId = /"run_id": "([0-9a-f-]{36})"/.exec(sent.stdout)?.[1];
    const { rows } = await database.query<{
      run_payload: {
        event: string;
        action: string;
        repository: { id: string | number; full_name: string; name: string };
      };
    }>('SELECT run_payload FROM agent_runs WHERE id = $1', [runId]);
    const payload = rows[0]?.run_payload;
    expect(payload?.event).toBe('issues');
    expect(payload?.action).toBe('opened');
    expect(payload?.repository.full_name).toBe('acme/rocket');
    expect(payload?.repository.name).toBe('rocket');

    // the same repository name maps to the same repository id every time
    const again = await webhookSend([
      'push',
      '--repo',
      'acme/rocket',
      '--url',
      edge.url,
      '--secret',
      secrets.webhookSecret,
    ]);
    const id = (output: string) => /repository acme\/rocket \(id (\d+)\)/.exec(output)?.[1];
    expect(id(again.stdout)).toBeDefined();
    expect(id(again.stdout)).toBe(id(sent.stdout));
    expect(String(payload?.repository.id)).toBe(id(sent.stdout));
  });

  it('reads the secret from CODEXK8S_GITHUB_WEBHOOK_SECRET (first entry), and a redelivery is a duplicate', async () => {
    const env = { CODEXK8S_GITHUB_WEBHOOK_SECRET: `${secrets.webhookSecret},an-older-secret` };
    const first = await webhookSend(['push', '--delivery', 'shipping-delivery-1', '--url', edge.url], env);
    expect(first.stdout).toMatch(/^202 /m);
    const second = await webhookSend(['push', '--delivery', 'shipping-delivery-1', '--url', edge.url], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^200 /m);
    expect(second.stdout).toContain('"duplicate": true');
  });

  it('exits non-zero with the response when the signature is refused', async () => {
    const sent = await webhookSend(['push', '--url', edge.url, '--secret', 'not-the-secret']);
    expect(sent.code).toBe(1);
    expect(sent.stdout).toMatch(/^401 /m);
  });

  it('explains unknown events and actions', async () => {
    const event = await webhookSend(['no_such_event', '--url', edge.url, '--secret', 'x']);
    expect(event.code).toBe(1);
    expect(event.stderr).toMatch(
      /no example payload for event "no_such_event"; known events: .*pull_request/,
    );
    const action = await webhookSend(['issues', '--action', 'exploded', '--url', edge.url, '--secret', 'x']);
    expect(action.stderr).toMatch(/available actions: .*opened/);
  });
});
