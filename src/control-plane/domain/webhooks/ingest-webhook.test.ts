import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { type TriggerPolicy } from '../triggers/trigger-policy.js';
import { type IncomingDelivery } from './delivery.js';
import { ingestWebhook, webhookIngestBatcher } from './ingest-webhook.js';
import { MemoryIngestStore } from './testing/memory-ingest-store.js';

const platformTriggers: TriggerPolicy = {
  labelPrefix: 'run:',
  command: '/codex',
  events: [],
  trustedAssociations: ['OWNER', 'MEMBER', 'COLLABORATOR'],
};

function platform(options: { triggers?: Partial<TriggerPolicy>; learningModeDefault?: boolean } = {}) {
  const store = new MemoryIngestStore();
  const batcher = webhookIngestBatcher({
    store,
    defaults: {
      triggers: { ...platformTriggers, ...options.triggers },
      learningModeDefault: options.learningModeDefault ?? false,
    },
  });
  return { store, ingest: (incoming: IncomingDelivery) => ingestWebhook({ batcher }, incoming) };
}

const body = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const repository = { id: 42, full_name: 'o/r', name: 'r', private: false };
const labeled = (label = 'run:dev') => ({
  action: 'labeled',
  label: { name: label },
  issue: {
    number: 7,
    title: 'Fix it',
    html_url: 'https://github.com/o/r/issues/7',
    author_association: 'NONE',
  },
  repository,
  sender: { id: 7, login: 'octo' },
});
const delivery = (overrides: Partial<{ id: string; event: string; payload: Uint8Array }> = {}) => {
  const id = overrides.id ?? randomUUID();
  return {
    correlationId: id,
    deliveryId: id,
    eventType: overrides.event ?? 'issues',
    receivedAt: new Date('2026-11-27T10:00:00Z'),
    payload: overrides.payload ?? body(labeled()),
  };
};

describe('ingestWebhook', () => {
  it('a triggering delivery starts a run; its redelivery is a duplicate with the same run', async () => {
    const { ingest, store } = platform();
    const first = delivery();
    const accepted = await ingest(first);
    expect(accepted).toMatchObject({
      status: 'accepted',
      duplicate: false,
      correlationId: first.correlationId,
    });
    expect(await ingest(first)).toEqual({ ...accepted, status: 'duplicate', duplicate: true });
    expect(store.runs.size).toBe(1);
  });

  it('a delivery matching no trigger is recorded and ignored; its redelivery says the same, marked duplicate', async () => {
    const { ingest, store } = platform();
    const opened = delivery({ payload: body({ ...labeled(), action: 'opened' }) });
    expect(await ingest(opened)).toEqual({
      status: 'ignored',
      correlationId: opened.correlationId,
      reason: 'no_trigger',
      duplicate: false,
    });
    expect(await ingest(opened)).toMatchObject({ status: 'ignored', reason: 'no_trigger', duplicate: true });
    expect(store.runs.size).toBe(0);
    expect(store.deliveries.get(opened.deliveryId)).toMatchObject({
      outcome: 'ignored',
      reason: 'no_trigger',
    });
  });

  it('ping: ignored with reason ping, recorded once', async () => {
    const { ingest, store } = platform({ triggers: { events: ['*'] } });
    const ping = delivery({ event: 'ping', payload: body({ zen: 'z', hook_id: 1, repository }) });
    expect(await ingest(ping)).toMatchObject({ status: 'ignored', reason: 'ping', duplicate: false });
    expect(await ingest(ping)).toMatchObject({ status: 'ignored', reason: 'ping', duplicate: true });
    expect(store.deliveries.size).toBe(1);
  });

  it('builds the whole run payload in the domain: binding, learning mode, trigger, instruction, subject', async () => {
    const { ingest, store } = platform({ learningModeDefault: true });
    const bound = store.bind(1, 'project-1', { learning_mode_default: false });
    store.addMember('Coder', 'project-1', 'read_write', true);
    const raw =
      '{"action":"created","installation":{"id":5},"repository":{"id":1,"full_name":"a/b","name":"b","private":true},"sender":{"id":2,"login":"coder"},' +
      '"issue":{"number":3,"title":"T","html_url":"https://github.com/a/b/pull/3","pull_request":{}},' +
      '"comment":{"body":"/codex  make it pass \\nthanks","author_association":"NONE"},"extra":[1,2]}';
    const comment = { ...delivery({ event: 'issue_comment' }), payload: new TextEncoder().encode(raw) };
    await ingest(comment);
    const run = store.runs.get(comment.correlationId);
    expect(run?.payload).toEqual({
      source: 'github',
      delivery_id: comment.deliveryId,
      event: 'issue_comment',
      action: 'created',
      received_at: '2026-11-27T10:00:00.000Z',
      repository: { id: 1, full_name: 'a/b', name: 'b', private: true },
      installation_id: 5,
      sender: { id: 2, login: 'coder' },
      project: {
        id: 'project-1',
        repository_id: bound.repositoryId,
        services_yaml: 'services.yaml',
        binding_resolved: true,
      },
      learning_mode: true,
      trigger: { kind: 'command', value: '/codex' },
      instruction: 'make it pass',
      subject: {
        kind: 'pull_request',
        number: 3,
        title: 'T',
        html_url: 'https://github.com/a/b/pull/3',
        head_sha: null,
        ref: null,
        branch: null,
      },
      raw_payload: JSON.parse(raw),
    });
    expect(run).toMatchObject({ projectId: 'project-1', learningMode: true });
    expect(store.writes[0]?.[0]?.decision).toMatchObject({ outcome: 'run', rawJson: raw });
  });

  it('stores U+FFFD for what jsonb cannot hold and marks the run payload sanitized; other payloads carry no mark', async () => {
    const { ingest, store } = platform();
    const raw = String.raw`{"action":"labeled","label":{"name":"run:x"},"repository":{"id":42},"sender":{"id":2,"login":"x\u0000"},"\u0000k":"\\u0000 \ud800"}`;
    const sanitized = { ...delivery(), payload: new TextEncoder().encode(raw) };
    const plain = delivery();
    await ingest(sanitized);
    await ingest(plain);
    const decision = store.writes.flat()[0]?.decision;
    expect(decision?.outcome === 'run' && decision.rawJson).toBe(
      String.raw`{"action":"labeled","label":{"name":"run:x"},"repository":{"id":42},"sender":{"id":2,"login":"x\ufffd"},"\ufffdk":"\\u0000 \ufffd"}`,
    );
    expect(store.runs.get(sanitized.correlationId)?.payload).toMatchObject({
      sender: { id: 2, login: 'x\ufffd' },
      sanitized: true,
    });
    expect(store.writes.flat()[0]?.senderLogin).toBe('x\ufffd');
    expect(store.runs.get(plain.correlationId)?.payload).not.toHaveProperty('sanitized');
  });

  it('one batch: one context read for all its repositories and senders, one write; the first copy of an id carries it', async () => {
    const { ingest, store } = platform();
    store.bind(42, 'project-1');
    const same = delivery();
    const results = await Promise.all([
      ingest(same),
      ingest(same),
      ingest(delivery({ event: 'ping', payload: body({ zen: 'z' }) })),
      ingest(
        delivery({
          payload: body({ ...labeled(), repository: { id: 43 }, sender: { id: 1, login: 'Other' } }),
        }),
      ),
    ]);
    expect(store.reads).toEqual([{ repositoryExternalIds: [42, 43], senderLogins: ['octo', 'other'] }]);
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0]?.map((record) => [record.carries, record.projectId])).toEqual([
      [true, 'project-1'],
      [false, 'project-1'],
      [true, null],
      [true, null],
    ]);
    expect(results.map((result) => result.status)).toEqual(['accepted', 'duplicate', 'ignored', 'accepted']);
    expect(results[1]).toMatchObject({ runId: (results[0] as { runId: string }).runId });
  });

  it('a batch without repositories asks the store for nothing before writing', async () => {
    const { ingest, store } = platform();
    await ingest(delivery({ event: 'ping', payload: body({ zen: 'z' }) }));
    expect(store.reads).toEqual([]);
    expect(store.writes).toHaveLength(1);
  });

  it('refuses malformed deliveries before they join a batch', async () => {
    const { ingest, store } = platform();
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
      const error = await ingest(bad).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).kind).toBe('invalid_argument');
    }
    expect(store.writes).toHaveLength(0);
  });

  it('odd values where the rules look (a numeric label, a comment without body) match nothing instead of failing', async () => {
    const { ingest } = platform();
    const odd = [
      { ...labeled(), label: { name: 5 } },
      { ...labeled(), label: 'run:x' },
      { action: 'created', comment: { body: null }, repository, sender: { id: 1, login: 'o' } },
      { action: 'created', comment: ['/codex'], repository, sender: { id: 1, login: 'o' } },
    ];
    for (const payload of odd) {
      const event = 'comment' in payload ? 'issue_comment' : 'issues';
      expect(await ingest(delivery({ event, payload: body(payload) }))).toMatchObject({
        reason: 'no_trigger',
      });
    }
  });

  it('a delivery the database refuses fails alone; its batch-mates are retried and succeed', async () => {
    const { ingest, store } = platform();
    store.failWhen = (record) =>
      record.decision.outcome === 'run' && record.decision.rawJson.includes('poison');
    const good = delivery();
    const poison = delivery({ payload: body({ ...labeled(), note: 'poison' }) });
    const results = await Promise.allSettled([ingest(good), ingest(poison)]);
    expect(results[0]).toMatchObject({ status: 'fulfilled', value: { status: 'accepted' } });
    expect(results[1]).toMatchObject({ status: 'rejected' });
    expect(store.runs.has(good.correlationId)).toBe(true);
  });

  it('/codex retry reruns the latest finished run of the issue; with none, or one still running, it is ignored (nothing_to_retry)', async () => {
    const { ingest, store } = platform();
    const retryComment = (issue: number) => ({
      action: 'created',
      issue: { number: issue, title: 'Fix it' },
      comment: { body: '/codex retry', author_association: 'OWNER' },
      repository,
      sender: { id: 7, login: 'octo' },
    });
    const nothing = await ingest(delivery({ event: 'issue_comment', payload: body(retryComment(7)) }));
    expect(nothing).toMatchObject({ status: 'ignored', reason: 'nothing_to_retry', duplicate: false });

    const started = await ingest(delivery());
    if (started.status !== 'accepted') throw new Error('the labelled issue did not start a run');
    store.unfinished.add(started.runId);
    const early = await ingest(delivery({ event: 'issue_comment', payload: body(retryComment(7)) }));
    expect(early).toMatchObject({ status: 'ignored', reason: 'nothing_to_retry' });

    store.unfinished.clear();
    const retry = delivery({ event: 'issue_comment', payload: body(retryComment(7)) });
    const rerun = await ingest(retry);
    expect(rerun).toMatchObject({ status: 'accepted', duplicate: false });
    const runs = [...store.runs.values()];
    expect(runs).toHaveLength(2);
    expect(runs[1]).toMatchObject({
      rerunOf: started.runId,
      correlationId: `${started.correlationId}:rerun:1`,
    });
    // Not reportable: the memory binding has no repository; the decision is the domain's.
    expect(runs[1]?.reported).toBe(false);
    expect(await ingest(retry)).toMatchObject({ status: 'duplicate', duplicate: true, runId: runs[1]?.id });
    // Another issue's retry finds nothing.
    expect(await ingest(delivery({ event: 'issue_comment', payload: body(retryComment(8)) }))).toMatchObject({
      reason: 'nothing_to_retry',
    });
  });
});
