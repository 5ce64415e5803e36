import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeliveryRecord, type RecordDecision } from '../../src/control-plane/domain/webhooks/ports.js';
import { type RunPayloadHead } from '../../src/control-plane/domain/webhooks/run-payload.js';
import { MikroORM } from '@mikro-orm/postgresql';
import { migrateUp, openDatabase, ormOptions } from '../../src/control-plane/persistence/orm.js';
import { SqlWebhookIngestStore } from '../../src/control-plane/persistence/stores/webhook-ingest-store.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/** The SQL adapter of the ingest port against PostgreSQL, including the races a single process rarely hits. */
describe('SqlWebhookIngestStore', () => {
  let database: TestDatabase;
  let orm: MikroORM;
  let store: SqlWebhookIngestStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await openDatabase({ url: database.url });
    await migrateUp(orm);
    store = new SqlWebhookIngestStore(orm);
  });

  afterAll(async () => {
    await orm?.close();
    await database?.drop();
  });

  const head = (deliveryId: string): RunPayloadHead => ({
    source: 'github',
    delivery_id: deliveryId,
    event: 'issues',
    action: 'labeled',
    received_at: '2026-12-01T10:00:00.123Z',
    repository: { id: 1, full_name: 'o/r', name: 'r', private: false },
    installation_id: null,
    sender: { id: 2, login: 'octo' },
    project: { id: null, repository_id: null, services_yaml: null, binding_resolved: false },
    learning_mode: true,
    trigger: { kind: 'label', value: 'run:dev' },
    instruction: null,
    subject: {
      kind: 'issue',
      number: 1,
      title: 'T',
      html_url: null,
      head_sha: null,
      ref: null,
      branch: null,
    },
  });
  const run = (deliveryId: string, reports = false): RecordDecision => ({
    outcome: 'run',
    learningMode: true,
    runPayload: head(deliveryId),
    rawJson: '{"action":"labeled","nested":{"list":[1,"two",null]}}',
    reports,
  });
  const ignored: RecordDecision = { outcome: 'ignored', reason: 'no_trigger' };

  const record = (deliveryId: string, overrides: Partial<DeliveryRecord> = {}): DeliveryRecord => ({
    deliveryId,
    correlationId: deliveryId,
    event: 'issues',
    action: 'labeled',
    repositoryExternalId: 1,
    repositoryFullName: 'o/r',
    senderLogin: 'octo',
    receivedAt: new Date('2026-12-01T10:00:00.123Z'),
    projectId: null,
    carries: true,
    decision: run(deliveryId),
    ...overrides,
  });

  const events = async (correlationId: string) =>
    (
      await database.query(
        'select event_type, payload from flow_events where correlation_id = $1 order by id',
        [correlationId],
      )
    ).rows;
  const stored = async (deliveryId: string) =>
    (await database.query('select * from webhook_deliveries where delivery_id = $1', [deliveryId])).rows;
  const runsOf = async (correlationId: string) =>
    (await database.query('select * from agent_runs where correlation_id = $1', [correlationId])).rows;

  it('a run that reports to GitHub gets its outbox row (pending) in the same statement; one that does not, none', async () => {
    const [reported, silent] = [randomUUID(), randomUUID()];
    const outcomes = await store.recordDeliveries([
      record(reported, { decision: run(reported, true) }),
      record(reported, { carries: false, decision: run(reported, true) }),
      record(silent),
    ]);
    const { rows } = await database.query<{
      run_id: string;
      state: string;
      version: number;
      handled_version: number;
    }>(
      'select run_id::text as run_id, state, version, handled_version from github_reports where run_id = any($1::uuid[])',
      [[outcomes[0]?.runId, outcomes[2]?.runId]],
    );
    expect(rows).toEqual([{ run_id: outcomes[0]?.runId, state: 'pending', version: 1, handled_version: 0 }]);
  });

  it('a batch of new, repeated, ignored and ping deliveries: one row each, runs only for runs, events in order', async () => {
    const [a, b, quiet, ping] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const outcomes = await store.recordDeliveries([
      record(a),
      record(a, { carries: false }),
      record(b),
      record(quiet, { decision: ignored }),
      record(ping, { event: 'ping', action: null, decision: { outcome: 'ignored', reason: 'ping' } }),
      record(quiet, { carries: false, decision: ignored }),
    ]);
    expect(outcomes.map(({ inserted, outcome, reason }) => [inserted, outcome, reason])).toEqual([
      [true, 'run', null],
      [false, 'run', null],
      [true, 'run', null],
      [true, 'ignored', 'no_trigger'],
      [true, 'ignored', 'ping'],
      [false, 'ignored', 'no_trigger'],
    ]);
    expect(outcomes[1]?.runId).toBe(outcomes[0]?.runId);
    expect(outcomes[3]?.runId).toBeNull();
    expect(await events(a)).toEqual([
      {
        event_type: 'webhook.received',
        payload: { delivery_id: a, event_type: 'issues', inserted: true, run_id: outcomes[0]?.runId },
      },
      {
        event_type: 'webhook.duplicate',
        payload: { delivery_id: a, event_type: 'issues', inserted: false, run_id: outcomes[0]?.runId },
      },
    ]);
    expect(await events(quiet)).toEqual([
      {
        event_type: 'webhook.ignored',
        payload: {
          delivery_id: quiet,
          event_type: 'issues',
          inserted: true,
          run_id: null,
          outcome: 'ignored',
          reason: 'no_trigger',
        },
      },
      {
        event_type: 'webhook.duplicate',
        payload: {
          delivery_id: quiet,
          event_type: 'issues',
          inserted: false,
          run_id: null,
          outcome: 'ignored',
          reason: 'no_trigger',
        },
      },
    ]);
    expect((await events(ping)).map((event) => event.event_type)).toEqual(['webhook.ping']);
    expect(await runsOf(quiet)).toEqual([]);
    expect(await stored(quiet)).toEqual([
      {
        delivery_id: quiet,
        event: 'issues',
        action: 'labeled',
        repository_external_id: '1',
        repository_full_name: 'o/r',
        sender_login: 'octo',
        received_at: new Date('2026-12-01T10:00:00.123Z'),
        project_id: null,
        outcome: 'ignored',
        reason: 'no_trigger',
        run_id: null,
      },
    ]);
    expect(await stored(b)).toMatchObject([{ outcome: 'run', reason: null, run_id: outcomes[2]?.runId }]);
    const [runOfB] = await runsOf(b);
    expect(runOfB).toMatchObject({ id: outcomes[2]?.runId, learning_mode: true, project_id: null });
    expect(runOfB?.run_payload).toEqual({
      ...head(b),
      raw_payload: { action: 'labeled', nested: { list: [1, 'two', null] } },
    });
  });

  it('a redelivery in a later batch answers the stored outcome, whatever the rules say now', async () => {
    const id = randomUUID();
    const [first] = await store.recordDeliveries([record(id, { decision: ignored })]);
    const [again] = await store.recordDeliveries([record(id)]);
    expect(first).toEqual({ inserted: true, outcome: 'ignored', reason: 'no_trigger', runId: null });
    expect(again).toEqual({ ...first, inserted: false });
    expect(await runsOf(id)).toEqual([]);
  });

  it('a run its correlation id already has (a delivery from before deliveries were recorded) is joined, not repeated', async () => {
    const id = randomUUID();
    const existing = await database.query<{ id: string }>(
      `insert into agent_runs (correlation_id) values ($1) returning id`,
      [id],
    );
    const [outcome] = await store.recordDeliveries([record(id)]);
    expect(outcome).toEqual({ inserted: false, outcome: 'run', reason: null, runId: existing.rows[0]?.id });
    expect(await stored(id)).toMatchObject([{ outcome: 'run', run_id: existing.rows[0]?.id }]);
    expect((await events(id)).map((event) => event.event_type)).toEqual(['webhook.duplicate']);
  });

  it.each([
    ['a run', (id: string) => run(id), 'run'],
    ['an ignored delivery', (_id: string) => ignored, 'ignored'],
  ] as const)(
    '%s recorded by a transaction that commits while the batch waits on it: a duplicate with its outcome, its event recorded',
    async (_name, decisionOf, outcome) => {
      const id = randomUUID();
      const other = new pg.Client({ connectionString: database.url });
      await other.connect();
      try {
        await other.query('begin');
        await other.query(
          `insert into webhook_deliveries (delivery_id, event, received_at, outcome, reason) values ($1, 'issues', now(), $2, $3)`,
          [id, outcome, outcome === 'ignored' ? 'untrusted_sender' : null],
        );
        // This batch decided otherwise (a policy changed meanwhile): the stored outcome still wins.
        const pending = store.recordDeliveries([
          record(id, { decision: outcome === 'run' ? ignored : decisionOf(id) }),
        ]);
        // The batch's insert now waits on the uncommitted row; its snapshot predates the commit below.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await other.query('commit');
        const [recorded] = await pending;
        expect(recorded).toEqual({
          inserted: false,
          outcome,
          reason: outcome === 'ignored' ? 'untrusted_sender' : null,
          runId: null,
        });
        expect((await events(id)).map((event) => event.event_type)).toEqual(['webhook.duplicate']);
        expect(await runsOf(id)).toEqual([]);
      } finally {
        await other.end();
      }
    },
  );

  it('concurrent batches sharing ids in any order, judging them differently: each id one row, one outcome, at most one run', async () => {
    const ids = Array.from({ length: 8 }, () => randomUUID());
    const batches = Array.from({ length: 10 }, (_, index) =>
      (index % 2 === 0 ? ids : [...ids].reverse()).map((id) =>
        record(id, { decision: index % 3 === 0 ? ignored : run(id) }),
      ),
    );
    const results = await Promise.all(batches.map((batch) => store.recordDeliveries(batch)));
    for (const id of ids) {
      const column = results.map(
        (outcomes, batch) => outcomes[batches[batch]!.findIndex((item) => item.deliveryId === id)]!,
      );
      expect(column.filter((outcome) => outcome.inserted)).toHaveLength(1);
      const row = (await stored(id))[0]!;
      expect(new Set(column.map((outcome) => `${outcome.outcome}/${outcome.runId}`))).toEqual(
        new Set([`${row.outcome}/${row.run_id}`]),
      );
      expect((await runsOf(id)).length).toBe(row.outcome === 'run' ? 1 : 0);
      const first = row.outcome === 'run' ? 'webhook.received' : 'webhook.ignored';
      expect((await events(id)).map((event) => event.event_type).sort()).toEqual(
        [first, ...Array(9).fill('webhook.duplicate')].sort(),
      );
    }
  });

  it('reads the context in one statement: bound repositories with settings, the senders as members of their projects', async () => {
    const projects = await database.query<{ id: string }>(
      `insert into projects (slug, name, settings) values
         ('ctx-a', 'A', '{"learning_mode_default": true, "triggers": {"command": "@bot"}}'), ('ctx-b', 'B', '{}')
       returning id`,
    );
    const [a, b] = projects.rows.map((row) => row.id);
    const repository = await database.query<{ id: string }>(
      `insert into repositories (project_id, provider, external_id, owner, name, token_encrypted) values
         ($1, 'github', 700001, 'o', 'a', '\\x00'), ($2, 'gitlab', 700002, 'o', 'b', '\\x00') returning id`,
      [a, b],
    );
    const users = await database.query<{ id: string }>(
      `insert into users (email, github_login, created_at) values
         ('ctx-1@example.com', 'Octo', now() - interval '1 day'), ('ctx-2@example.com', 'octo', now()),
         ('ctx-3@example.com', 'other', now()) returning id`,
    );
    const [older, newer, other] = users.rows.map((row) => row.id);
    await database.query(
      `insert into project_members (project_id, user_id, role, learning_mode_override) values
         ($1, $3, 'read', true), ($1, $4, 'admin', null), ($2, $3, 'admin', false), ($1, $5, 'read_write', null)`,
      [a, b, older, newer, other],
    );
    const context = await store.readIngestContext({
      repositoryExternalIds: [700001, 700002, 700003],
      senderLogins: ['octo'],
    });
    expect(context).toEqual({
      repositories: [
        {
          externalId: 700001,
          repositoryId: repository.rows[0]?.id,
          projectId: a,
          servicesYamlPath: 'services.yaml',
          projectSettings: { learning_mode_default: true, triggers: { command: '@bot' } },
        },
      ],
      memberships: [
        { login: 'octo', projectId: a, role: 'read', learningModeOverride: true },
        { login: 'octo', projectId: a, role: 'admin', learningModeOverride: null },
      ],
    });
    expect(await store.readIngestContext({ repositoryExternalIds: [1], senderLogins: [] })).toEqual({
      repositories: [],
      memberships: [],
    });
  });

  it('PostgreSQL unreachable → a domain "unavailable" error (the edge answers 503)', async () => {
    // Configured but never connected: nothing listens on port 1.
    const unreachable = await MikroORM.init({
      ...ormOptions({ url: 'postgres://postgres@127.0.0.1:1/none' }),
      connect: false,
    });
    try {
      const offline = new SqlWebhookIngestStore(unreachable);
      await expect(offline.recordDeliveries([record(randomUUID())])).rejects.toMatchObject({
        kind: 'unavailable',
      });
      await expect(
        offline.readIngestContext({ repositoryExternalIds: [1], senderLogins: [] }),
      ).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      await unreachable.close();
    }
  });
});
