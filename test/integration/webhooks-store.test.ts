import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeliveryRecord } from '../../src/control-plane/domain/webhooks/ports.js';
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

  const record = (correlationId: string, overrides: Partial<DeliveryRecord> = {}): DeliveryRecord => ({
    correlationId,
    deliveryId: correlationId,
    eventType: 'issues',
    kind: 'run',
    carriesRun: true,
    repositoryExternalId: 1,
    senderLogin: 'octo',
    head: {
      source: 'github',
      delivery_id: correlationId,
      event: 'issues',
      action: 'opened',
      received_at: new Date().toISOString(),
      repository: { id: 1, full_name: 'o/r', name: 'r', private: false },
      installation_id: null,
      sender: { id: 2, login: 'octo' },
    },
    rawJson: '{"action":"opened","nested":{"list":[1,"two",null]}}',
    ...overrides,
  });

  const events = async (correlationId: string) =>
    (
      await database.query(
        'select event_type, payload from flow_events where correlation_id = $1 order by id',
        [correlationId],
      )
    ).rows;

  it('a batch with new, repeated and ping deliveries: one run each, events in order, payload assembled', async () => {
    const a = randomUUID();
    const b = randomUUID();
    const ping = randomUUID();
    const outcomes = await store.recordDeliveries(
      [
        record(a),
        record(a, { carriesRun: false }),
        record(b),
        record(ping, { kind: 'ping', carriesRun: false, eventType: 'ping' }),
      ],
      true,
    );
    expect(outcomes.map((outcome) => outcome.inserted)).toEqual([true, false, true, false]);
    expect(outcomes[1]?.runId).toBe(outcomes[0]?.runId);
    expect(outcomes[3]?.runId).toBeNull();
    expect((await events(a)).map((event) => event.event_type)).toEqual([
      'webhook.received',
      'webhook.duplicate',
    ]);
    expect(await events(ping)).toEqual([
      {
        event_type: 'webhook.ping',
        payload: { delivery_id: ping, event_type: 'ping', inserted: false, run_id: null },
      },
    ]);
    const run = (
      await database.query('select run_payload, learning_mode, project_id from agent_runs where id = $1', [
        outcomes[2]?.runId,
      ])
    ).rows[0];
    expect(run).toMatchObject({ learning_mode: true, project_id: null });
    expect(run?.run_payload).toMatchObject({
      delivery_id: b,
      project: { id: null, repository_id: null, services_yaml: null, binding_resolved: false },
      learning_mode: true,
      raw_payload: { action: 'opened', nested: { list: [1, 'two', null] } },
    });
  });

  it('a run inserted by a transaction that commits while the batch waits on it: a duplicate with that run, its event recorded', async () => {
    const id = randomUUID();
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    try {
      await other.query('begin');
      const inserted = await other.query<{ id: string }>(
        `insert into agent_runs (correlation_id) values ($1) returning id`,
        [id],
      );
      const pending = store.recordDeliveries([record(id)], false);
      // The batch's insert now waits on the uncommitted row; its snapshot predates the commit below.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await other.query('commit');
      const [outcome] = await pending;
      expect(outcome).toEqual({ runId: inserted.rows[0]?.id, inserted: false });
      expect(await events(id)).toEqual([
        {
          event_type: 'webhook.duplicate',
          payload: { delivery_id: id, event_type: 'issues', inserted: false, run_id: inserted.rows[0]?.id },
        },
      ]);
    } finally {
      await other.end();
    }
  });

  it('concurrent batches sharing ids in any order: each id one run, one received, the rest duplicates', async () => {
    const ids = Array.from({ length: 8 }, () => randomUUID());
    const batches = Array.from({ length: 10 }, (_, index) =>
      (index % 2 === 0 ? ids : [...ids].reverse()).map((id) => record(id)),
    );
    const results = await Promise.all(batches.map((batch) => store.recordDeliveries(batch, false)));
    for (const id of ids) {
      const column = results.map(
        (outcomes, batch) => outcomes[batches[batch]!.findIndex((item) => item.correlationId === id)]!,
      );
      expect(column.filter((outcome) => outcome.inserted)).toHaveLength(1);
      expect(new Set(column.map((outcome) => outcome.runId)).size).toBe(1);
      expect((await events(id)).map((event) => event.event_type).sort()).toEqual(
        ['webhook.received', ...Array(9).fill('webhook.duplicate')].sort(),
      );
    }
  });

  it('PostgreSQL unreachable → a domain "unavailable" error (the edge answers 503)', async () => {
    // Configured but never connected: nothing listens on port 1.
    const unreachable = await MikroORM.init({
      ...ormOptions({ url: 'postgres://postgres@127.0.0.1:1/none' }),
      connect: false,
    });
    try {
      await expect(
        new SqlWebhookIngestStore(unreachable).recordDeliveries([record(randomUUID())], false),
      ).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      await unreachable.close();
    }
  });
});
