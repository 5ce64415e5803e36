import { MicroBatcher, type ItemOutcome } from './micro-batcher.js';
import { parseDelivery, type IncomingDelivery, type ParsedDelivery } from './delivery.js';
import { runPayloadHead } from './run-payload.js';
import { type DeliveryOutcome, type DeliveryRecord, type WebhookIngestStore } from './ports.js';

export type IngestResult =
  | { status: 'accepted'; correlationId: string; runId: string; duplicate: false }
  | { status: 'duplicate'; correlationId: string; runId: string; duplicate: true }
  | { status: 'ignored'; correlationId: string; runId: ''; duplicate: false };

export interface WebhookIngestOptions {
  /** CODEXK8S_LEARNING_MODE_DEFAULT: learning mode when neither member nor project decides. */
  learningModeDefault: boolean;
  /** Deliveries that share one transaction at most. */
  maxBatchSize?: number;
  /** Told about every batch written (size and seconds), for metrics. */
  onBatch?: (size: number, seconds: number) => void;
  /** Batches in flight at once (each holds a database connection). */
  maxConcurrentBatches?: number;
}

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
      maxConcurrentBatches: options.maxConcurrentBatches ?? 4,
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

  private async processBatch(batch: ParsedDelivery[]): Promise<IngestResult[]> {
    const carried = new Set<string>();
    const records = batch.map((delivery): DeliveryRecord => {
      const kind = delivery.eventType === 'ping' ? 'ping' : 'run';
      // The first occurrence of a correlation id in the batch carries the run; later ones are its duplicates.
      const carriesRun = kind === 'run' && !carried.has(delivery.correlationId);
      if (carriesRun) carried.add(delivery.correlationId);
      return {
        correlationId: delivery.correlationId,
        deliveryId: delivery.deliveryId,
        eventType: delivery.eventType,
        kind,
        carriesRun,
        repositoryExternalId: delivery.summary.repository?.id ?? null,
        senderLogin: delivery.summary.sender?.login ?? null,
        head: runPayloadHead(delivery),
        rawJson: delivery.rawJson,
      };
    });
    const startedAt = performance.now();
    const outcomes = await this.store.recordDeliveries(records, this.options.learningModeDefault);
    this.options.onBatch?.(records.length, (performance.now() - startedAt) / 1000);
    if (outcomes.length !== records.length)
      throw new Error(`store answered ${outcomes.length} outcomes for ${records.length} deliveries`);
    return records.map((record, index): IngestResult => {
      const outcome = outcomes[index] as DeliveryOutcome;
      if (record.kind === 'ping')
        return { status: 'ignored', correlationId: record.correlationId, runId: '', duplicate: false };
      if (!outcome.runId) throw new Error(`no run for correlation id ${record.correlationId}`);
      return outcome.inserted
        ? { status: 'accepted', correlationId: record.correlationId, runId: outcome.runId, duplicate: false }
        : { status: 'duplicate', correlationId: record.correlationId, runId: outcome.runId, duplicate: true };
    });
  }
}
