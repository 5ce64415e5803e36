import { type ParsedDelivery } from './delivery.js';
import { type IgnoreReason } from './delivery-outcome.js';
import { decideDelivery, type DeliveryDecision } from './decide-delivery.js';
import { IngestContextIndex, ingestContextQuery, type IngestDefaults } from './ingest-context.js';
import { type ItemOutcome } from './micro-batcher.js';
import { reportableRun } from '../runs/rerun-run.js';
import {
  type DeliveryRecord,
  type RecordedDelivery,
  type RetryRecord,
  type WebhookIngestStore,
} from './ports.js';

export type IngestResult =
  | { status: 'accepted'; correlationId: string; runId: string; duplicate: false }
  | { status: 'duplicate'; correlationId: string; runId: string; duplicate: true }
  | { status: 'ignored'; correlationId: string; reason: IgnoreReason; duplicate: boolean };

export interface RecordDeliveryBatchPorts {
  store: WebhookIngestStore;
  defaults: IngestDefaults;
  /** Told about every batch written (size and seconds of the write), for metrics. */
  onBatch?: (size: number, seconds: number) => void;
}

const emptyContext = { repositories: [], memberships: [] };

function resultOf(record: DeliveryRecord, recorded: RecordedDelivery): IngestResult {
  const correlationId = record.correlationId;
  if (recorded.outcome === 'ignored') {
    if (recorded.reason === null) throw new Error(`ignored delivery ${record.deliveryId} has no reason`);
    return { status: 'ignored', correlationId, reason: recorded.reason, duplicate: !recorded.inserted };
  }
  // A run deleted since (its project was) leaves a delivery without its run: still a duplicate.
  const runId = recorded.runId ?? '';
  return recorded.inserted
    ? { status: 'accepted', correlationId, runId, duplicate: false }
    : { status: 'duplicate', correlationId, runId, duplicate: true };
}

/**
 * One batch of deliveries: one read of what the rules need (the repositories' bindings and
 * settings, the senders' memberships), the rules applied in the domain, one write. The first
 * occurrence of a delivery id in the batch carries the delivery; later ones are its duplicates.
 */
async function recordBatch(deps: RecordDeliveryBatchPorts, batch: ParsedDelivery[]): Promise<IngestResult[]> {
  const query = ingestContextQuery(batch);
  const context = new IngestContextIndex(
    query.repositoryExternalIds.length > 0 ? await deps.store.readIngestContext(query) : emptyContext,
    deps.defaults,
  );
  const decided = new Map<string, DeliveryDecision>();
  const records = batch.map((delivery): DeliveryRecord => {
    const carries = !decided.has(delivery.deliveryId);
    const { projectId, decision } = carries
      ? decideDelivery(delivery, context, deps.defaults)
      : (decided.get(delivery.deliveryId) as DeliveryDecision);
    if (carries) decided.set(delivery.deliveryId, { projectId, decision });
    const { repository, sender, action } = delivery.summary;
    return {
      deliveryId: delivery.deliveryId,
      correlationId: delivery.correlationId,
      event: delivery.eventType,
      action: action ?? null,
      repositoryExternalId: repository?.id ?? null,
      repositoryFullName: repository?.full_name ?? null,
      senderLogin: sender?.login ?? null,
      receivedAt: delivery.receivedAt,
      projectId,
      carries,
      decision,
      ...(delivery.recovery ? { recovery: delivery.recovery } : {}),
    };
  });
  // `/codex retry` deliveries (rare) are recorded one by one; copies in this batch follow the first.
  const retries = records.filter(isRetry);
  const batched = records.filter((record) => !isRetry(record));
  const retried = new Map<DeliveryRecord, RecordedDelivery>();
  for (const record of retries) {
    const seen = [...retried.entries()].find(([other]) => other.deliveryId === record.deliveryId);
    retried.set(
      record,
      seen ? { ...seen[1], inserted: false } : await deps.store.recordRetry(record, reportableRun),
    );
  }
  const startedAt = performance.now();
  const recorded = batched.length > 0 ? await deps.store.recordDeliveries(batched) : [];
  if (batched.length > 0) deps.onBatch?.(batched.length, (performance.now() - startedAt) / 1000);
  if (recorded.length !== batched.length)
    throw new Error(`store answered ${recorded.length} outcomes for ${batched.length} deliveries`);
  const byRecord = new Map(batched.map((record, index) => [record, recorded[index] as RecordedDelivery]));
  return records.map((record) =>
    resultOf(record, (retried.get(record) ?? byRecord.get(record)) as RecordedDelivery),
  );
}

function isRetry(record: DeliveryRecord): record is RetryRecord {
  return record.decision.outcome === 'retry';
}

/**
 * A batch for the MicroBatcher. A failing batch is retried one delivery at a time, so one bad
 * delivery (say, a payload PostgreSQL refuses) fails alone instead of taking its batch-mates with it.
 */
export async function recordDeliveryBatch(
  deps: RecordDeliveryBatchPorts,
  batch: ParsedDelivery[],
): Promise<ItemOutcome<IngestResult>[]> {
  try {
    const results = await recordBatch(deps, batch);
    return results.map((value) => ({ ok: true, value }));
  } catch (error) {
    if (batch.length === 1) return [{ ok: false, error }];
    const outcomes: ItemOutcome<IngestResult>[] = [];
    for (const delivery of batch) {
      try {
        const [value] = await recordBatch(deps, [delivery]);
        outcomes.push(
          value ? { ok: true, value } : { ok: false, error: new Error('no result for delivery') },
        );
      } catch (itemError) {
        outcomes.push({ ok: false, error: itemError });
      }
    }
    return outcomes;
  }
}
