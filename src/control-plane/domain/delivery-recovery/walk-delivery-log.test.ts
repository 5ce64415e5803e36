import { describe, expect, it } from 'vitest';
import { invalidArgument } from '../errors.js';
import { fakeCipher } from '../repositories/testing/fakes.js';
import { type IncomingDelivery } from '../webhooks/delivery.js';
import { type IngestResult } from '../webhooks/ingest-webhook.js';
import {
  DeliveryLogError,
  type DeliveryRecoveryStore,
  type HookDeliveryEntry,
  type HookDeliveryLog,
  type LeaseResult,
  type RecoveryState,
  type WalkRecord,
} from './ports.js';
import { recoverMissedDeliveries } from './recover-missed-deliveries.js';
import { walkDeliveryLog } from './walk-delivery-log.js';

const now = new Date('2026-11-28T12:00:00Z');
const hour = 3_600_000;

/** One repository's log, newest first in pages of `pageSize`; `fail` answers every call with a DeliveryLogError. */
class FakeLog implements HookDeliveryLog {
  entries: HookDeliveryEntry[] = [];
  pagesServed = 0;
  fetched: number[] = [];
  fail: DeliveryLogError | null = null;
  constructor(private readonly pageSize = 3) {}

  add(id: number, guid: string, hoursAgo: number): void {
    this.entries.push({ id, guid, deliveredAt: new Date(now.getTime() - hoursAgo * hour), event: 'issues' });
  }

  async *pages(
    _token: string,
    _owner: string,
    _name: string,
    _hookId: number,
  ): AsyncIterable<HookDeliveryEntry[]> {
    const newestFirst = [...this.entries].sort((a, b) => b.id - a.id);
    for (let start = 0; start < newestFirst.length; start += this.pageSize) {
      if (this.fail) throw this.fail;
      this.pagesServed += 1;
      yield newestFirst.slice(start, start + this.pageSize);
    }
  }

  async request(_token: string, _owner: string, _name: string, _hookId: number, entryId: number) {
    if (this.fail) throw this.fail;
    this.fetched.push(entryId);
    const entry = this.entries.find((candidate) => candidate.id === entryId);
    return { event: 'issues', payload: new TextEncoder().encode(JSON.stringify({ n: entry?.guid })) };
  }
}

class FakeStore implements DeliveryRecoveryStore {
  recorded = new Set<string>();
  finished: WalkRecord[] = [];
  newestSeen: number | null = null;
  lease: LeaseResult['kind'] = 'acquired';
  hookId: number | null = 7;

  async dueRepositoryIds() {
    return ['repo-1', 'repo-2'];
  }
  async acquire(repositoryId: string): Promise<LeaseResult> {
    if (this.lease === 'busy') return { kind: 'busy' };
    if (this.lease === 'recent') return { kind: 'recent' };
    if (this.lease === 'missing') return { kind: 'missing' };
    if (this.lease === 'backoff') return { kind: 'backoff', until: now };
    return {
      kind: 'acquired',
      target: {
        repositoryId,
        projectId: 'project-1',
        owner: 'acme',
        name: repositoryId,
        hookId: this.hookId,
        tokenEncrypted: fakeCipher.encrypt('ghp_token'),
        newestSeenDeliveryId: this.newestSeen,
      },
    };
  }
  async renew() {
    return true;
  }
  released: number[] = [];
  async release(_repositoryId: string, _owner: string, recovered: number) {
    this.released.push(recovered);
  }
  async recordedDeliveryIds(ids: readonly string[]) {
    return new Set(ids.filter((id) => this.recorded.has(id)));
  }
  async finish(_repositoryId: string, _owner: string, walk: WalkRecord) {
    this.finished.push(walk);
    if (walk.newestSeenDeliveryId !== null) this.newestSeen = walk.newestSeenDeliveryId;
  }
  async states() {
    return new Map<string, RecoveryState>();
  }
}

function setup(pageSize = 3) {
  const log = new FakeLog(pageSize);
  const store = new FakeStore();
  const ingested: IncomingDelivery[] = [];
  const metrics = { recovered: [] as [string, number][], failed: [] as [string, string][] };
  const deps = {
    recovery: store,
    deliveryLog: log,
    cipher: fakeCipher,
    ingest: async (delivery: IncomingDelivery): Promise<IngestResult> => {
      ingested.push(delivery);
      if (delivery.deliveryId === 'refused') throw invalidArgument('payload: not JSON');
      const duplicate = store.recorded.has(delivery.deliveryId);
      store.recorded.add(delivery.deliveryId);
      return duplicate
        ? { status: 'duplicate', correlationId: delivery.deliveryId, runId: 'run', duplicate: true }
        : { status: 'accepted', correlationId: delivery.deliveryId, runId: 'run', duplicate: false };
    },
    metrics: {
      recovered: (repository: string, count: number) => metrics.recovered.push([repository, count]),
      failed: (repository: string, reason: string) => metrics.failed.push([repository, reason]),
    },
    log: { info: () => {}, warn: () => {} },
    lookbackMs: 72 * hour,
    leaseMs: 60_000,
    now: () => now,
  };
  return { log, store, ingested, metrics, deps };
}

describe('walkDeliveryLog', () => {
  it('ingests each unrecorded delivery once, with its original time, and leaves the lookback alone', async () => {
    const { log, store, ingested, metrics, deps } = setup();
    for (let id = 1; id <= 8; id += 1) log.add(id, `guid-${id}`, 10 - id);
    log.add(9, 'guid-5', 0.5); // a redelivery of guid-5
    log.add(0, 'ancient', 100); // older than the 72h lookback
    store.recorded.add('guid-2').add('guid-7');

    const walk = await walkDeliveryLog(deps, { repositoryId: 'repo-1', owner: 'me' });

    expect(walk).toEqual({ kind: 'walked', status: 'ok', checked: 8, recovered: 6, error: null });
    expect(ingested.map((delivery) => delivery.deliveryId).sort()).toEqual(
      ['guid-1', 'guid-3', 'guid-4', 'guid-5', 'guid-6', 'guid-8'].sort(),
    );
    const five = ingested.find((delivery) => delivery.deliveryId === 'guid-5');
    // The newest entry of a guid stands for it: the redelivery's id and time.
    expect(five?.recovery).toEqual({
      githubDeliveryId: 9,
      deliveredAt: five?.receivedAt,
      repositoryId: 'repo-1',
    });
    expect(five?.receivedAt).toEqual(new Date(now.getTime() - 0.5 * hour));
    expect(log.fetched).not.toContain(0);
    expect(store.finished[0]).toMatchObject({ status: 'ok', newestSeenDeliveryId: 9, recovered: 6 });
    expect(metrics.recovered).toEqual([['acme/repo-1', 6]]);
  });

  it('stops at the newest entry the last complete walk saw', async () => {
    const { log, store, ingested, deps } = setup(2);
    for (let id = 1; id <= 6; id += 1) log.add(id, `guid-${id}`, 1);
    store.newestSeen = 4;
    const walk = await walkDeliveryLog(deps, { repositoryId: 'repo-1', owner: 'me' });
    expect(walk).toMatchObject({ status: 'ok', checked: 2, recovered: 2 });
    expect(ingested.map((delivery) => delivery.deliveryId)).toEqual(['guid-6', 'guid-5']);
    // Page one (6, 5), page two (4, 3) reaches the stop: no third page.
    expect(log.pagesServed).toBe(2);
  });

  it('records a refused token without advancing, and reports it', async () => {
    const { log, store, metrics, deps } = setup();
    log.add(1, 'guid-1', 1);
    store.newestSeen = null;
    log.fail = new DeliveryLogError('unauthorized', 'GitHub rejected the token (401)');
    const walk = await walkDeliveryLog(deps, { repositoryId: 'repo-1', owner: 'me' });
    expect(walk).toMatchObject({ kind: 'walked', status: 'unauthorized', recovered: 0 });
    expect(store.finished[0]).toMatchObject({ status: 'unauthorized', newestSeenDeliveryId: null });
    expect(metrics.failed).toEqual([['acme/repo-1', 'unauthorized']]);
  });

  it('keeps the rate limit’s end for the store, and a hook never created is reported as missing', async () => {
    const rateLimited = setup();
    rateLimited.log.add(1, 'guid-1', 1);
    const until = new Date(now.getTime() + hour);
    rateLimited.log.fail = new DeliveryLogError('rate_limited', 'rate limited', until);
    await walkDeliveryLog(rateLimited.deps, { repositoryId: 'repo-1', owner: 'me' });
    expect(rateLimited.store.finished[0]).toMatchObject({ status: 'rate_limited', notBefore: until });

    const noHook = setup();
    noHook.store.hookId = null;
    expect(await walkDeliveryLog(noHook.deps, { repositoryId: 'repo-1', owner: 'me' })).toMatchObject({
      status: 'hook_missing',
    });
  });

  it('skips a delivery the ingest refuses instead of failing the walk', async () => {
    const { log, deps } = setup();
    log.add(1, 'refused', 1);
    log.add(2, 'fine', 1);
    expect(await walkDeliveryLog(deps, { repositoryId: 'repo-1', owner: 'me' })).toMatchObject({
      status: 'ok',
      checked: 2,
      recovered: 1,
    });
  });

  it('stops at the next delivery on shutdown, releasing the lease without recording an outcome', async () => {
    const { log, store, deps } = setup();
    for (let id = 1; id <= 4; id += 1) log.add(id, `guid-${id}`, 1);
    const stop = new AbortController();
    const ingest = deps.ingest;
    const walk = await walkDeliveryLog(
      {
        ...deps,
        ingest: async (delivery) => {
          stop.abort();
          return ingest(delivery);
        },
      },
      { repositoryId: 'repo-1', owner: 'me', signal: stop.signal },
    );
    expect(walk).toEqual({ kind: 'stopped', recovered: 1 });
    expect(store.released).toEqual([1]);
    expect(store.finished).toEqual([]);
  });

  it('walks nothing without the lease', async () => {
    for (const lease of ['busy', 'recent', 'backoff', 'missing'] as const) {
      const { store, log, deps } = setup();
      log.add(1, 'guid-1', 1);
      store.lease = lease;
      expect((await walkDeliveryLog(deps, { repositoryId: 'repo-1', owner: 'me' })).kind).toBe(lease);
      expect(log.fetched).toEqual([]);
      expect(store.finished).toEqual([]);
    }
  });
});

describe('recoverMissedDeliveries', () => {
  it('walks every due repository; one GitHub refuses does not stop the others', async () => {
    const { log, deps } = setup();
    log.add(1, 'guid-1', 1);
    let calls = 0;
    const flaky = {
      ...log,
      pages: (...args: Parameters<HookDeliveryLog['pages']>) => {
        calls += 1;
        if (calls === 1) throw new DeliveryLogError('hook_missing', 'gone (404)');
        return log.pages(...args);
      },
      request: log.request.bind(log),
    } satisfies HookDeliveryLog;
    const results = await recoverMissedDeliveries({ ...deps, deliveryLog: flaky }, { owner: 'me' });
    expect(results.map((result) => (result.kind === 'walked' ? result.status : result.kind))).toEqual([
      'hook_missing',
      'ok',
    ]);
  });
});
