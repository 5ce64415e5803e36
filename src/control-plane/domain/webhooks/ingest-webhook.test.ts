import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { WebhookIngest } from './ingest-webhook.js';
import { type DeliveryOutcome, type DeliveryRecord, type WebhookIngestStore } from './ports.js';

/** An in-memory store honouring the port's contract for runs (bindings are the SQL adapter's, tested against PostgreSQL). */
class MemoryStore implements WebhookIngestStore {
  runs = new Map<string, { id: string; payload: string }>();
  calls: DeliveryRecord[][] = [];
  failWhen: (record: DeliveryRecord) => boolean = () => false;

  async recordDeliveries(records: readonly DeliveryRecord[]): Promise<DeliveryOutcome[]> {
    this.calls.push([...records]);
    if (records.some(this.failWhen)) throw new Error('refused by the database');
    return records.map((record) => {
      if (record.kind === 'ping') return { runId: null, inserted: false };
      const existing = this.runs.get(record.correlationId);
      if (existing) return { runId: existing.id, inserted: false };
      if (!record.carriesRun) throw new Error('a non-carrier arrived before its carrier');
      const run = { id: randomUUID(), payload: record.rawJson };
      this.runs.set(record.correlationId, run);
      return { runId: run.id, inserted: true };
    });
  }
}

const body = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const delivery = (overrides: Partial<{ id: string; event: string; payload: Uint8Array }> = {}) => {
  const id = overrides.id ?? randomUUID();
  return {
    correlationId: id,
    deliveryId: id,
    eventType: overrides.event ?? 'issues',
    receivedAt: new Date('2026-11-27T10:00:00Z'),
    payload:
      overrides.payload ??
      body({
        action: 'opened',
        repository: { id: 42, full_name: 'o/r', name: 'r', private: false },
        sender: { id: 7, login: 'octo' },
      }),
  };
};

describe('WebhookIngest', () => {
  it('accepts a new delivery, answers a redelivery as a duplicate with the same run', async () => {
    const store = new MemoryStore();
    const ingest = new WebhookIngest(store, { learningModeDefault: false });
    const first = delivery();
    const accepted = await ingest.ingest(first);
    expect(accepted).toMatchObject({
      status: 'accepted',
      duplicate: false,
      correlationId: first.correlationId,
    });
    expect(await ingest.ingest(first)).toEqual({ ...accepted, status: 'duplicate', duplicate: true });
  });

  it('summarizes the payload into the run payload head and keeps the raw body as sent', async () => {
    const store = new MemoryStore();
    const ingest = new WebhookIngest(store, { learningModeDefault: true });
    const raw =
      '{"action":"created","installation":{"id":5},"repository":{"id":1,"full_name":"a/b","name":"b","private":true},"sender":{"id":2,"login":"x"},"extra":[1,2]}';
    await ingest.ingest({ ...delivery({ event: 'issue_comment' }), payload: new TextEncoder().encode(raw) });
    const [record] = store.calls[0] ?? [];
    expect(record?.head).toEqual({
      source: 'github',
      delivery_id: record?.deliveryId,
      event: 'issue_comment',
      action: 'created',
      received_at: '2026-11-27T10:00:00.000Z',
      repository: { id: 1, full_name: 'a/b', name: 'b', private: true },
      installation_id: 5,
      sender: { id: 2, login: 'x' },
    });
    expect(record).toMatchObject({
      repositoryExternalId: 1,
      senderLogin: 'x',
      rawJson: raw,
      kind: 'run',
      carriesRun: true,
    });
  });

  it('stores U+FFFD for what jsonb cannot hold and marks the run payload sanitized; other payloads carry no mark', async () => {
    const store = new MemoryStore();
    const ingest = new WebhookIngest(store, { learningModeDefault: false });
    const raw = String.raw`{"action":"op\u0000ened","sender":{"id":2,"login":"x\u0000"},"\u0000k":"\\u0000 \ud800"}`;
    await ingest.ingest({ ...delivery(), payload: new TextEncoder().encode(raw) });
    await ingest.ingest(delivery());
    const [sanitized, plain] = store.calls.flat();
    expect(sanitized?.rawJson).toBe(
      String.raw`{"action":"op\ufffdened","sender":{"id":2,"login":"x\ufffd"},"\ufffdk":"\\u0000 \ufffd"}`,
    );
    expect(sanitized?.head).toMatchObject({
      action: 'op\ufffdened',
      sender: { id: 2, login: 'x\ufffd' },
      sanitized: true,
    });
    expect(sanitized?.senderLogin).toBe('x\ufffd');
    expect(plain?.head).not.toHaveProperty('sanitized');
  });

  it('within one batch, the first occurrence of an id carries the run and the others are duplicates', async () => {
    const store = new MemoryStore();
    const ingest = new WebhookIngest(store, { learningModeDefault: false });
    const same = delivery();
    const results = await Promise.all([
      ingest.ingest(same),
      ingest.ingest(same),
      ingest.ingest(delivery({ event: 'ping', payload: body({ zen: 'z' }) })),
    ]);
    expect(store.calls).toHaveLength(1);
    expect(store.calls[0]?.map((record) => [record.kind, record.carriesRun])).toEqual([
      ['run', true],
      ['run', false],
      ['ping', false],
    ]);
    expect(results.map((result) => result.status)).toEqual(['accepted', 'duplicate', 'ignored']);
    expect(results[1]?.runId).toBe(results[0]?.runId);
    expect(results[2]).toMatchObject({ runId: '', duplicate: false });
  });

  it('refuses malformed deliveries before they join a batch', async () => {
    const store = new MemoryStore();
    const ingest = new WebhookIngest(store, { learningModeDefault: false });
    const cases = [
      { ...delivery(), deliveryId: '', correlationId: '' },
      { ...delivery(), eventType: 'Issues!' },
      delivery({ payload: new TextEncoder().encode('{"not": json') }),
      delivery({ payload: body([1, 2]) }),
      delivery({ payload: body({ repository: { id: 'forty-two' } }) }),
      delivery({ payload: new Uint8Array([0x7b, 0xff, 0x7d]) }),
      delivery({ payload: new TextEncoder().encode(`${'{"a":'.repeat(64)}{}${'}'.repeat(64)}`) }),
      delivery({ payload: new TextEncoder().encode(`{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`) }),
    ];
    for (const bad of cases) {
      const error = await ingest.ingest(bad).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).kind).toBe('invalid_argument');
    }
    expect(store.calls).toHaveLength(0);
  });

  it('a delivery the database refuses fails alone; its batch-mates are retried and succeed', async () => {
    const store = new MemoryStore();
    store.failWhen = (record) => record.rawJson.includes('poison');
    const ingest = new WebhookIngest(store, { learningModeDefault: false });
    const good = delivery();
    const poison = delivery({ payload: body({ note: 'poison' }) });
    const results = await Promise.allSettled([ingest.ingest(good), ingest.ingest(poison)]);
    expect(results[0]).toMatchObject({ status: 'fulfilled', value: { status: 'accepted' } });
    expect(results[1]).toMatchObject({ status: 'rejected' });
    expect(store.runs.has(good.correlationId)).toBe(true);
  });
});
