import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { examplePayload, sendWebhook, signBody } from '../support/github-webhooks.js';
import {
  everyDeliveryStartsARun,
  newSecrets,
  startControlPlane,
  startEdge,
  type ControlPlaneHandle,
  type EdgeHandle,
  type PlatformSecrets,
} from '../support/platform.js';

/**
 * SPEC §4 through the real edge and control-plane into real PostgreSQL: the ingest's mechanics, so
 * the trigger policy is the one from before triggers (every delivery with a repository, from anyone;
 * test/integration/webhook-triggers.test.ts covers the policy). The platform default for learning
 * mode is `true` here, so "fell back to the global default" is visible in the run.
 */
describe('webhook ingest: edge → control-plane → PostgreSQL', () => {
  let database: TestDatabase;
  let secrets: PlatformSecrets;
  let controlPlane: ControlPlaneHandle;
  let edge: EdgeHandle;
  const maxBodyBytes = 64 * 1024;

  beforeAll(async () => {
    database = await createTestDatabase();
    secrets = newSecrets();
    // Rotation: the control-plane's first secret creates hooks; the edge accepts the old one too.
    const oldSecret = randomBytes(16).toString('hex');
    controlPlane = await startControlPlane({
      databaseUrl: database.url,
      secrets,
      env: {
        CODEXK8S_LEARNING_MODE_DEFAULT: 'true',
        ...everyDeliveryStartsARun,
      },
    });
    edge = await startEdge({
      secrets,
      controlPlaneTarget: controlPlane.grpcTarget,
      env: {
        CODEXK8S_GITHUB_WEBHOOK_SECRET: `${secrets.webhookSecret},${oldSecret}`,
        CODEXK8S_WEBHOOK_MAX_BODY_BYTES: String(maxBodyBytes),
      },
    });
  });

  afterAll(async () => {
    await edge?.process.stop();
    await controlPlane?.process.stop();
    await database?.drop();
  });

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await database.query<{ n: string }>(sql, params)).rows[0]?.n);
  const storedFor = async (deliveryId: string) => ({
    runs: await count('select count(*) as n from agent_runs where correlation_id = $1', [deliveryId]),
    events: await count('select count(*) as n from flow_events where correlation_id = $1', [deliveryId]),
    deliveries: await count('select count(*) as n from webhook_deliveries where delivery_id = $1', [
      deliveryId,
    ]),
  });

  it.each([
    ['issues', 'opened'],
    ['pull_request', 'opened'],
    ['push', undefined],
    ['issue_comment', 'created'],
  ] as const)(
    '%s: 202 with a run id, the run and webhook.received stored; redelivery → 200 duplicate, same run',
    async (event, action) => {
      const payload = examplePayload(event, action);
      const body = JSON.stringify(payload);
      const first = await sendWebhook(edge.url, { event, body, secret: secrets.webhookSecret });
      expect(first.status).toBe(202);
      expect(first.body).toMatchObject({
        correlation_id: first.deliveryId,
        status: 'accepted',
        duplicate: false,
      });
      const runId = first.body['run_id'];
      expect(runId).toMatch(/^[0-9a-f-]{36}$/);

      const run = (await database.query('select * from agent_runs where id = $1', [runId])).rows[0]!;
      expect(run).toMatchObject({
        correlation_id: first.deliveryId,
        status: 'pending',
        project_id: null,
        learning_mode: true,
      });
      const repository = payload['repository'] as {
        id: number;
        full_name: string;
        name: string;
        private: boolean;
      };
      const sender = payload['sender'] as { id: number; login: string };
      expect(run.run_payload).toMatchObject({
        source: 'github',
        delivery_id: first.deliveryId,
        event,
        action: action ?? null,
        repository: {
          id: repository.id,
          full_name: repository.full_name,
          name: repository.name,
          private: repository.private,
        },
        sender: { id: sender.id, login: sender.login },
        project: { id: null, repository_id: null, services_yaml: null, binding_resolved: false },
        learning_mode: true,
        trigger: { kind: 'event', value: action ? `${event}.${action}` : event },
        instruction: null,
      });
      expect(run.run_payload.raw_payload).toEqual(payload);
      expect(
        (await database.query('select * from webhook_deliveries where delivery_id = $1', [first.deliveryId]))
          .rows,
      ).toEqual([
        {
          delivery_id: first.deliveryId,
          event,
          action: action ?? null,
          repository_external_id: String(repository.id),
          repository_full_name: repository.full_name,
          sender_login: sender.login,
          received_at: expect.any(Date),
          project_id: null,
          outcome: 'run',
          reason: null,
          run_id: runId,
        },
      ]);

      const received = (
        await database.query('select * from flow_events where correlation_id = $1', [first.deliveryId])
      ).rows;
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({
        actor_type: 'system',
        actor_id: 'github-webhook',
        event_type: 'webhook.received',
        payload: { delivery_id: first.deliveryId, event_type: event, inserted: true, run_id: runId },
      });

      const again = await sendWebhook(edge.url, {
        event,
        body,
        secret: secrets.webhookSecret,
        deliveryId: first.deliveryId,
      });
      expect(again.status).toBe(200);
      expect(again.body).toEqual({
        correlation_id: first.deliveryId,
        run_id: runId,
        status: 'duplicate',
        duplicate: true,
      });
      const events = (
        await database.query(
          'select event_type, payload from flow_events where correlation_id = $1 order by id',
          [first.deliveryId],
        )
      ).rows;
      expect(events.map((row) => row.event_type)).toEqual(['webhook.received', 'webhook.duplicate']);
      expect(events[1]?.payload).toEqual({
        delivery_id: first.deliveryId,
        event_type: event,
        inserted: false,
        run_id: runId,
      });
      expect(await storedFor(first.deliveryId)).toEqual({ runs: 1, events: 2, deliveries: 1 });
    },
  );

  it('ping: 200 ignored with reason ping, a webhook.ping flow event and no run; a redelivery is a duplicate', async () => {
    const body = JSON.stringify(examplePayload('ping'));
    const answer = await sendWebhook(edge.url, { event: 'ping', body, secret: secrets.webhookSecret });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      status: 'ignored',
      reason: 'ping',
      duplicate: false,
      correlation_id: answer.deliveryId,
    });
    const again = await sendWebhook(edge.url, {
      event: 'ping',
      body,
      secret: secrets.webhookSecret,
      deliveryId: answer.deliveryId,
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...answer.body, duplicate: true });
    const events = (
      await database.query(
        'select event_type, actor_type, actor_id from flow_events where correlation_id = $1 order by id',
        [answer.deliveryId],
      )
    ).rows;
    expect(events).toEqual([
      { event_type: 'webhook.ping', actor_type: 'system', actor_id: 'github-webhook' },
      { event_type: 'webhook.duplicate', actor_type: 'system', actor_id: 'github-webhook' },
    ]);
    expect(await storedFor(answer.deliveryId)).toEqual({ runs: 0, events: 2, deliveries: 1 });
  });

  it('a delivery signed with the second (rotated) secret is accepted', async () => {
    const oldSecret = edge.env['CODEXK8S_GITHUB_WEBHOOK_SECRET']?.split(',')[1];
    const answer = await sendWebhook(edge.url, {
      event: 'issues',
      body: JSON.stringify(examplePayload('issues')),
      secret: oldSecret,
    });
    expect(answer.status).toBe(202);
  });

  it('100 concurrent posts of one delivery id → one run, one webhook.received, 99 webhook.duplicate', async () => {
    const deliveryId = randomUUID();
    const body = JSON.stringify(examplePayload('pull_request', 'opened'));
    const answers = await Promise.all(
      Array.from({ length: 100 }, () =>
        sendWebhook(edge.url, { event: 'pull_request', body, secret: secrets.webhookSecret, deliveryId }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 202)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(99);
    const runIds = new Set(answers.map((answer) => answer.body['run_id']));
    expect(runIds.size).toBe(1);
    expect(await storedFor(deliveryId)).toEqual({ runs: 1, events: 100, deliveries: 1 });
    const byType = (
      await database.query<{ event_type: string; n: string }>(
        'select event_type, count(*) as n from flow_events where correlation_id = $1 group by event_type order by event_type',
        [deliveryId],
      )
    ).rows;
    expect(byType).toEqual([
      { event_type: 'webhook.duplicate', n: '99' },
      { event_type: 'webhook.received', n: '1' },
    ]);
  });

  describe('refusals store nothing', () => {
    const body = JSON.stringify(examplePayload('issues'));
    it.each([
      ['missing signature', { headers: { 'x-hub-signature-256': null } }, 401, /X-Hub-Signature-256/],
      ['malformed signature', { headers: { 'x-hub-signature-256': 'sha1=abc' } }, 401, /signature/],
      [
        'signature of another body',
        { headers: { 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` } },
        401,
        /signature/,
      ],
      ['wrong secret', { secret: 'not-the-secret' }, 401, /signature/],
      ['missing X-GitHub-Delivery', { headers: { 'x-github-delivery': null } }, 400, /X-GitHub-Delivery/],
      ['missing X-GitHub-Event', { headers: { 'x-github-event': null } }, 400, /X-GitHub-Event/],
    ] as const)('%s → %i', async (_name, variant, status, message) => {
      const deliveryId = randomUUID();
      const answer = await sendWebhook(edge.url, {
        event: 'issues',
        body,
        secret: 'secret' in variant ? variant.secret : secrets.webhookSecret,
        deliveryId,
        headers: 'headers' in variant ? variant.headers : {},
      });
      expect(answer.status).toBe(status);
      expect(String(answer.body['error'])).toMatch(message);
      expect(await storedFor(deliveryId)).toEqual({ runs: 0, events: 0, deliveries: 0 });
    });

    it('validly signed body that is not JSON → 400', async () => {
      const answer = await sendWebhook(edge.url, {
        event: 'issues',
        body: '{"action": "opened",',
        secret: secrets.webhookSecret,
      });
      expect(answer.status).toBe(400);
      expect(answer.body['error']).toMatch(/JSON/);
      expect(await storedFor(answer.deliveryId)).toEqual({ runs: 0, events: 0, deliveries: 0 });
    });

    // Valid JSON around two bytes that are not UTF-8 (a lone continuation byte and 0xff).
    const notUtf8 = Buffer.concat([
      Buffer.from('{"action":"opened","title":"'),
      Buffer.from([0x80, 0xff]),
      Buffer.from('"}'),
    ]);

    it('a body signed over its raw bytes that is not UTF-8 → 400 (the signature matched), nothing stored', async () => {
      const answer = await sendWebhook(edge.url, {
        event: 'issues',
        body: notUtf8,
        secret: secrets.webhookSecret,
      });
      expect(answer.status).toBe(400);
      expect(answer.body['error']).toMatch(/UTF-8 JSON/);
      expect(await storedFor(answer.deliveryId)).toEqual({ runs: 0, events: 0, deliveries: 0 });
    });

    it('a signature over the UTF-8 decoding of those bytes rather than the bytes → 401, with either rotated secret', async () => {
      const decoded = notUtf8.toString('utf8');
      for (const secret of edge.env['CODEXK8S_GITHUB_WEBHOOK_SECRET']!.split(',')) {
        const answer = await sendWebhook(edge.url, {
          event: 'issues',
          body: notUtf8,
          headers: { 'x-hub-signature-256': signBody(secret, decoded) },
        });
        expect(answer.status).toBe(401);
        expect(await storedFor(answer.deliveryId)).toEqual({ runs: 0, events: 0, deliveries: 0 });
      }
    });

    it('a multi-byte UTF-8 body signed over its bytes is accepted and stored as sent', async () => {
      const payload = { ...examplePayload('issues'), note: 'ünïcödé ✓ 𝄞 日本' };
      const answer = await sendWebhook(edge.url, {
        event: 'issues',
        body: Buffer.from(JSON.stringify(payload)),
        secret: edge.env['CODEXK8S_GITHUB_WEBHOOK_SECRET']!.split(',')[1],
      });
      expect(answer.status).toBe(202);
      const stored = await database.query('select run_payload from agent_runs where id = $1', [
        answer.body['run_id'],
      ]);
      expect(stored.rows[0]?.run_payload.raw_payload.note).toBe(payload.note);
    });

    it('body over CODEXK8S_WEBHOOK_MAX_BODY_BYTES → 413', async () => {
      const big = JSON.stringify({ ...examplePayload('issues'), padding: 'x'.repeat(maxBodyBytes) });
      const answer = await sendWebhook(edge.url, {
        event: 'issues',
        body: big,
        secret: secrets.webhookSecret,
      });
      expect(answer.status).toBe(413);
      expect(await storedFor(answer.deliveryId)).toEqual({ runs: 0, events: 0, deliveries: 0 });
    });
  });

  describe('payloads PostgreSQL cannot store as sent (SPEC §15)', () => {
    it('NUL and lone surrogates, in keys and values, are stored as U+FFFD with sanitized: true; a redelivery is a duplicate', async () => {
      const payload = examplePayload('issues', 'opened');
      (payload['issue'] as { title: string }).title = 'a\u0000b';
      (payload['sender'] as { login: string }).login = 'octo\u0000cat';
      Object.assign(payload, { '\u0000key': 'v', note: '\\u0000 is text', lone: 'x\ud800y', pair: '😀' });
      // JSON.stringify writes these as the escapes \u0000 and \ud800, as GitHub would
      const body = JSON.stringify(payload);
      expect(body).toContain('"\\u0000key"');
      const first = await sendWebhook(edge.url, { event: 'issues', body, secret: secrets.webhookSecret });
      expect(first.status).toBe(202);
      const run = (
        await database.query<{ run_payload: Record<string, unknown> }>(
          'select run_payload from agent_runs where id = $1',
          [first.body['run_id']],
        )
      ).rows[0]!.run_payload;
      expect(run['sanitized']).toBe(true);
      expect(run['sender']).toEqual({ id: (payload['sender'] as { id: number }).id, login: 'octo\ufffdcat' });
      const raw = run['raw_payload'] as Record<string, unknown>;
      expect((raw['issue'] as { title: string }).title).toBe('a\ufffdb');
      expect(raw['\ufffdkey']).toBe('v');
      expect(raw['note']).toBe('\\u0000 is text');
      expect(raw['lone']).toBe('x\ufffdy');
      expect(raw['pair']).toBe('😀');

      const again = await sendWebhook(edge.url, {
        event: 'issues',
        body,
        secret: secrets.webhookSecret,
        deliveryId: first.deliveryId,
      });
      expect(again.status).toBe(200);
      expect(again.body['run_id']).toBe(first.body['run_id']);
      expect(await storedFor(first.deliveryId)).toEqual({ runs: 1, events: 2, deliveries: 1 });
    });

    it('a payload with nothing to replace carries no sanitized mark', async () => {
      const answer = await sendWebhook(edge.url, {
        event: 'issues',
        body: JSON.stringify(examplePayload('issues')),
        secret: secrets.webhookSecret,
      });
      const run = await database.query('select run_payload from agent_runs where id = $1', [
        answer.body['run_id'],
      ]);
      expect(run.rows[0]?.run_payload).not.toHaveProperty('sanitized');
    });

    const nestedBody = (depth: number) =>
      `{"action":"opened","repository":{"id":1},"deep":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;

    it('JSON nested 64 levels deep is accepted; 65 and 20,000 levels are refused 400, and nothing is stored', async () => {
      const deepest = await sendWebhook(edge.url, {
        event: 'issues',
        body: nestedBody(64),
        secret: secrets.webhookSecret,
      });
      expect(deepest.status).toBe(202);
      for (const depth of [65, 20_000]) {
        const answer = await sendWebhook(edge.url, {
          event: 'issues',
          body: nestedBody(depth),
          secret: secrets.webhookSecret,
        });
        expect(answer.status, `depth ${depth}`).toBe(400);
        expect(answer.body['error']).toMatch(/deeper than 64 levels/);
        expect(await storedFor(answer.deliveryId)).toEqual({ runs: 0, events: 0, deliveries: 0 });
      }
      const after = await sendWebhook(edge.url, {
        event: 'issues',
        body: JSON.stringify(examplePayload('issues')),
        secret: secrets.webhookSecret,
      });
      expect(after.status).toBe(202);
    });

    it.each([
      ['1e1000000', '1e1000000'],
      ['1e-100000', '1e-100000'],
      ['17,000 decimals', `0.${'1'.repeat(17_000)}`],
    ])(
      'a number beyond what PostgreSQL stores (%s) → 400 naming it, nothing stored',
      async (_name, number) => {
        const answer = await sendWebhook(edge.url, {
          event: 'issues',
          // With a repository, so the delivery starts a run and its payload is stored.
          body: `{"action":"opened","repository":{"id":1},"n":${number}}`,
          secret: secrets.webhookSecret,
        });
        expect(answer.status).toBe(400);
        expect(answer.body['error']).toMatch(/number beyond the range PostgreSQL can store/);
        expect(await storedFor(answer.deliveryId)).toEqual({ runs: 0, events: 0, deliveries: 0 });
      },
    );
  });

  describe('binding and learning mode', () => {
    let projectId: string;
    let repositoryId: string;
    const boundRepositoryId = 900_000_001;
    const defaultRepositoryId = 900_000_002;

    beforeAll(async () => {
      const project = await database.query<{ id: string }>(
        `insert into projects (slug, name, settings) values ('bound', 'Bound', '{"learning_mode_default": false}') returning id`,
      );
      projectId = project.rows[0]!.id;
      const repository = await database.query<{ id: string }>(
        `insert into repositories (project_id, provider, external_id, owner, name, token_encrypted, services_yaml_path)
         values ($1, 'github', $2, 'octo', 'bound', '\\x00', 'deploy/services.yaml') returning id`,
        [projectId, boundRepositoryId],
      );
      repositoryId = repository.rows[0]!.id;
      // A project that leaves learning mode to the platform default (true in this file).
      const other = await database.query<{ id: string }>(
        `insert into projects (slug, name, settings) values ('unset', 'Unset', '{}') returning id`,
      );
      await database.query(
        `insert into repositories (project_id, provider, external_id, owner, name, token_encrypted) values ($1, 'github', $2, 'octo', 'unset', '\\x00')`,
        [other.rows[0]!.id, defaultRepositoryId],
      );
      // A gitlab repository with the same external id must not bind github deliveries.
      await database.query(
        `insert into repositories (project_id, provider, external_id, owner, name, token_encrypted) values ($1, 'gitlab', 900000003, 'octo', 'lab', '\\x00')`,
        [projectId],
      );
      const users = await database.query<{ id: string; github_login: string }>(
        `insert into users (email, github_login) values ('learner@example.com', 'Learner'), ('plain@example.com', 'plain') returning id, github_login`,
      );
      const learner = users.rows.find((user) => user.github_login === 'Learner')!;
      const plain = users.rows.find((user) => user.github_login === 'plain')!;
      await database.query(
        `insert into project_members (project_id, user_id, role, learning_mode_override) values ($1, $2, 'read', true), ($1, $3, 'read_write', null)`,
        [projectId, learner.id, plain.id],
      );
    });

    async function deliver(repositoryExternalId: number, senderLogin: string) {
      const payload = examplePayload('issues');
      (payload['repository'] as { id: number }).id = repositoryExternalId;
      (payload['sender'] as { login: string }).login = senderLogin;
      const answer = await sendWebhook(edge.url, {
        event: 'issues',
        body: JSON.stringify(payload),
        secret: secrets.webhookSecret,
      });
      expect(answer.status).toBe(202);
      const run = (
        await database.query('select project_id, learning_mode, run_payload from agent_runs where id = $1', [
          answer.body['run_id'],
        ])
      ).rows[0];
      return run as {
        project_id: string | null;
        learning_mode: boolean;
        run_payload: Record<string, unknown>;
      };
    }

    it('a bound repository carries its project, repository and services.yaml; the project default decides for a non-member', async () => {
      const run = await deliver(boundRepositoryId, 'stranger');
      expect(run.project_id).toBe(projectId);
      expect(run.learning_mode).toBe(false);
      expect(run.run_payload['project']).toEqual({
        id: projectId,
        repository_id: repositoryId,
        services_yaml: 'deploy/services.yaml',
        binding_resolved: true,
      });
      expect(run.run_payload['learning_mode']).toBe(false);
    });

    it('the sender member override wins over the project default (login matched case-insensitively)', async () => {
      expect((await deliver(boundRepositoryId, 'learner')).learning_mode).toBe(true);
    });

    it('a member without an override gets the project default', async () => {
      expect((await deliver(boundRepositoryId, 'plain')).learning_mode).toBe(false);
    });

    it('a project without a default falls back to CODEXK8S_LEARNING_MODE_DEFAULT', async () => {
      const run = await deliver(defaultRepositoryId, 'stranger');
      expect(run.project_id).not.toBeNull();
      expect(run.learning_mode).toBe(true);
    });

    it('an unbound repository (or one bound only on another provider) uses the global default and no project', async () => {
      for (const id of [123_456_789, 900_000_003]) {
        const run = await deliver(id, 'learner');
        expect(run.project_id).toBeNull();
        expect(run.learning_mode).toBe(true);
        expect((run.run_payload['project'] as { binding_resolved: boolean }).binding_resolved).toBe(false);
      }
    });
  });

  it('metrics count requests by result and event', async () => {
    const text = await (await fetch(`${edge.url}/metrics`)).text();
    expect(text).toMatch(
      /codexk8s_webhook_requests_total\{[^}]*result="accepted"[^}]*event="issues"[^}]*\} \d+/,
    );
    expect(text).toMatch(
      /codexk8s_webhook_requests_total\{[^}]*result="unauthorized"[^}]*event="unknown"[^}]*\} [1-9]/,
    );
    expect(text).toMatch(/codexk8s_webhook_duration_seconds_count\{[^}]*result="duplicate"/);
  });
});
