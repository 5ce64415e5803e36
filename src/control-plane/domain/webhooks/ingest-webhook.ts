import { MicroBatcher, type ItemOutcome } from './micro-batcher.js';
import { parseDelivery, type IncomingDelivery, type ParsedDelivery } from './delivery.js';
import { resolveLearningMode, runPayloadHead, serializeRunPayload } from './run-payload.js';
import { type BindingLookup, type NewFlowEvent, type NewRun, type ResolvedBinding, type WebhookIngestStore } from './ports.js';

export type IngestResult =
  | { status: 'accepted'; correlationId: string; runId: string; duplicate: false }
  | { status: 'duplicate'; correlationId: string; runId: string; duplicate: true }
  | { status: 'ignored'; correlationId: string; runId: ''; duplicate: false };

export interface WebhookIngestOptions {
  /** CODEXK8S_LEARNING_MODE_DEFAULT: learning mode when neither member nor project decides. */
  learningModeDefault: boolean;
  /** Deliveries that share one transaction at most. */
  maxBatchSize?: number;
  /** Transactions in flight at once. */
  maxConcurrentBatches?: number;
}

const webhookActor = { actorType: 'system', actorId: 'github-webhook' } as const;

/**
 * IngestGitHubWebhook (SPEC §4): each delivery becomes exactly one run, however often and however
 * concurrently GitHub sends it. Concurrent deliveries are grouped into one transaction (see
 * MicroBatcher); each still gets its own answer, and a delivery repeated inside one batch counts as
 * a duplicate of its first occurrence.
 */
export class WebhookIngest {
  private readonly batcher: MicroBatcher<ParsedDelivery, IngestResult>;

  constructor(
    private readonly store: WebhookIngestStore,
    private readonly options: WebhookIngestOptions,
  ) {
    this.batcher = new MicroBatcher((batch) => this.processWithIsolation(batch), {
      maxBatchSize: options.maxBatchSize ?? 64,
      maxConcurrentBatches: options.maxConcurrentBatches ?? 2,
    });
  }

  /** Validation errors reject before the delivery joins a batch, so they never fail others. */
  ingest(delivery: IncomingDelivery): Promise<IngestResult> {
    try {
      return this.batcher.submit(parseDelivery(delivery));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * A failing batch is retried one delivery at a time, so one bad delivery (say, a payload
   * PostgreSQL refuses) fails alone instead of taking its batch-mates with it.
   */
  private async processWithIsolation(batch: ParsedDelivery[]): Promise<ItemOutcome<IngestResult>[]> {
    try {
      const results = await this.processBatch(batch);
      return results.map((value) => ({ ok: true, value }));
    } catch (error) {
      if (batch.length === 1) return [{ ok: false, error }];
      const outcomes: ItemOutcome<IngestResult>[] = [];
      for (const delivery of batch) {
        try {
          const [value] = await this.processBatch([delivery]);
          outcomes.push(value ? { ok: true, value } : { ok: false, error: new Error('no result for delivery') });
        } catch (itemError) {
          outcomes.push({ ok: false, error: itemError });
        }
      }
      return outcomes;
    }
  }

  private processBatch(batch: ParsedDelivery[]): Promise<IngestResult[]> {
    return this.store.transaction(async (tx) => {
      const runDeliveries = batch.filter((delivery) => delivery.eventType !== 'ping');

      const lookups: BindingLookup[] = [];
      const lookupIndex = new Map<ParsedDelivery, number>();
      for (const delivery of runDeliveries) {
        const repository = delivery.summary.repository;
        if (!repository) continue;
        lookupIndex.set(delivery, lookups.length);
        lookups.push({ repositoryExternalId: repository.id, senderLogin: delivery.summary.sender?.login ?? null });
      }
      const bindings = lookups.length > 0 ? await tx.resolveBindings(lookups) : [];

      // The first occurrence of a correlation id in the batch carries the run; later ones are its duplicates.
      const newRuns = new Map<string, NewRun>();
      for (const delivery of runDeliveries) {
        if (newRuns.has(delivery.correlationId)) continue;
        const index = lookupIndex.get(delivery);
        const binding: ResolvedBinding | null = index === undefined ? null : (bindings[index] ?? null);
        const learningMode = resolveLearningMode(binding, this.options.learningModeDefault);
        newRuns.set(delivery.correlationId, {
          correlationId: delivery.correlationId,
          projectId: binding?.projectId ?? null,
          learningMode,
          runPayloadJson: serializeRunPayload(runPayloadHead(delivery, binding, learningMode), delivery.rawJson),
        });
      }
      // A stable order keeps concurrent transactions from locking the same ids in opposite orders.
      const runs = [...newRuns.values()].sort((a, b) => (a.correlationId < b.correlationId ? -1 : a.correlationId > b.correlationId ? 1 : 0));
      const outcomes = runs.length > 0 ? await tx.insertRunsIfAbsent(runs) : new Map();

      const claimed = new Set<string>();
      const events: NewFlowEvent[] = [];
      const results = batch.map((delivery): IngestResult => {
        if (delivery.eventType === 'ping') {
          events.push({
            ...webhookActor,
            correlationId: delivery.correlationId,
            eventType: 'webhook.ping',
            payload: { delivery_id: delivery.deliveryId, event_type: delivery.eventType, inserted: false, run_id: null },
          });
          return { status: 'ignored', correlationId: delivery.correlationId, runId: '', duplicate: false };
        }
        const outcome = outcomes.get(delivery.correlationId);
        if (!outcome) throw new Error(`no run outcome for correlation id ${delivery.correlationId}`);
        const inserted = outcome.inserted && !claimed.has(delivery.correlationId);
        claimed.add(delivery.correlationId);
        events.push({
          ...webhookActor,
          correlationId: delivery.correlationId,
          eventType: inserted ? 'webhook.received' : 'webhook.duplicate',
          payload: { delivery_id: delivery.deliveryId, event_type: delivery.eventType, inserted, run_id: outcome.runId },
        });
        return inserted
          ? { status: 'accepted', correlationId: delivery.correlationId, runId: outcome.runId, duplicate: false }
          : { status: 'duplicate', correlationId: delivery.correlationId, runId: outcome.runId, duplicate: true };
      });
      await tx.appendFlowEvents(events);
      return results;
    });
  }
}
