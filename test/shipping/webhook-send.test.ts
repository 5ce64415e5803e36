/**
 * `npm run webhook:send` against real built processes: the edge accepts its signature, the stored
 * run carries the rewritten repository, the chosen action and the label or comment given, the
 * association and sender given decide trust, a repeated delivery id is a duplicate, a wrong secret
 * is refused, unknown events, actions and options are explained, an edge that is not running is named.
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
import { freePort } from '../support/ports.js';
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
      'labeled',
      '--label',
      'run:dev',
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
    expect(payload?.action).toBe('labeled');
    expect(payload).toMatchObject({ trigger: { kind: 'label', value: 'run:dev' } });
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
    const args = ['issues', '--label', 'run:x', '--delivery', 'shipping-delivery-1', '--url', edge.url];
    const first = await webhookSend(args, env);
    expect(first.stdout).toMatch(/^202 /m);
    const second = await webhookSend(args, env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^200 /m);
    expect(second.stdout).toContain('"duplicate": true');
  });

  it('exits non-zero with the response when the signature is refused', async () => {
    const sent = await webhookSend(['push', '--url', edge.url, '--secret', 'not-the-secret']);
    expect(sent.code).toBe(1);
    expect(sent.stdout).toMatch(/^401 /m);
  });

  it('--comment, --association and --sender: a command from a stranger is ignored, from the repository OWNER it runs', async () => {
    const send = (...extra: string[]) =>
      webhookSend([
        'issue_comment',
        '--comment',
        '/codex add a test',
        ...extra,
        '--url',
        edge.url,
        '--secret',
        secrets.webhookSecret,
      ]);
    const stranger = await send('--association', 'none', '--sender', 'stranger');
    expect(stranger.code, stranger.stderr).toBe(0);
    expect(stranger.stdout).toMatch(/^200 /m);
    expect(stranger.stdout).toContain('"reason": "untrusted_sender"');
    expect(stranger.stdout).toContain('comment "/codex add a test", association NONE, sender stranger');
    const ownerSent = await send();
    expect(ownerSent.stdout).toMatch(/^202 /m);
    const runId = /"run_id": "([0-9a-f-]{36})"/.exec(ownerSent.stdout)?.[1];
    const { rows } = await database.query('SELECT run_payload FROM agent_runs WHERE id = $1', [runId]);
    expect(rows[0]?.run_payload).toMatchObject({
      event: 'issue_comment',
      action: 'created',
      trigger: { kind: 'command', value: '/codex' },
      instruction: 'add a test',
    });
    const stored = await database.query(
      `SELECT sender_login FROM webhook_deliveries WHERE delivery_id = $1`,
      [/delivery (\S+)/.exec(stranger.stdout)?.[1]],
    );
    expect(stored.rows).toEqual([{ sender_login: 'stranger' }]);
  });

  it('refuses options it does not know, extra words and edits the event cannot carry, and has a real --help', async () => {
    const unknown = await webhookSend(['issues', '--lable', 'run:dev', '--url', edge.url]);
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toMatch(/Unknown option '--lable'/);
    expect(unknown.stderr).toMatch(/--help lists the options/);
    // What npm hands over when the `--` is forgotten: the option names are gone, their values stay.
    const forgotten = await webhookSend(['issues', 'labeled', '--url', edge.url]);
    expect(forgotten.code).toBe(64);
    expect(forgotten.stderr).toMatch(/one event expected, got "issues labeled": did you forget the --/);
    const takenByNpm = await webhookSend(['issues', '--url', edge.url], { npm_config_label: 'true' });
    expect(takenByNpm.code).toBe(64);
    expect(takenByNpm.stderr).toMatch(/npm kept --label for itself/);
    const wrongEvent = await webhookSend(['push', '--label', 'run:dev', '--url', edge.url, '--secret', 'x']);
    expect(wrongEvent.stderr).toMatch(/--label needs the event issues or pull_request, not "push"/);
    const wrongAction = await webhookSend([
      'issues',
      '--label',
      'run:dev',
      '--action',
      'opened',
      '--secret',
      'x',
    ]);
    expect(wrongAction.stderr).toMatch(/--label needs --action labeled/);
    const association = await webhookSend(['issue_comment', '--association', 'friend', '--secret', 'x']);
    expect(association.stderr).toMatch(/--association must be one of OWNER, MEMBER/);
    const help = await webhookSend(['--help']);
    expect(help.code).toBe(0);
    for (const option of [
      '--label',
      '--comment',
      '--association',
      '--sender',
      '--delivery',
      '--url',
      '--secret',
    ])
      expect(help.stdout).toContain(option);
    expect(help.stdout).toContain('issues --action labeled --label run:dev --repo octo-org/hello-world');
  });

  it('says that nothing is listening when the edge is not running', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const sent = await webhookSend(['issues', '--label', 'run:dev', '--url', closed, '--secret', 'x']);
    expect(sent.code).toBe(1);
    expect(sent.stderr).toBe(`webhook:send: nothing is listening at ${closed} — is \`npm start\` running?\n`);
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
