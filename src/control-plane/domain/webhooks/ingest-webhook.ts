import { parseDelivery, type IncomingDelivery, type ParsedDelivery } from './delivery.js';
import { MicroBatcher } from './micro-batcher.js';
import {
  recordDeliveryBatch,
  type IngestResult,
  type RecordDeliveryBatchPorts,
} from './record-delivery-batch.js';

export { type IngestResult } from './record-delivery-batch.js';

/** Concurrent deliveries grouped into batches (built once, in the composition root). */
export type WebhookIngestBatcher = MicroBatcher<ParsedDelivery, IngestResult>;

export interface WebhookIngestBatcherOptions {
  /** Deliveries that share one read and one write at most. */
  maxBatchSize?: number;
  /** Batches in flight at once (each holds a database connection). */
  maxConcurrentBatches?: number;
}

/** The batcher of the ingest: deliveries submitted together are recorded by recordDeliveryBatch. */
export function webhookIngestBatcher(
  deps: RecordDeliveryBatchPorts,
  options: WebhookIngestBatcherOptions = {},
): WebhookIngestBatcher {
  return new MicroBatcher((batch) => recordDeliveryBatch(deps, batch), {
    maxBatchSize: options.maxBatchSize ?? 64,
    maxConcurrentBatches: options.maxConcurrentBatches ?? 4,
  });
}

/**
 * IngestGitHubWebhook (SPEC §4, §11): each delivery is recorded exactly once, however often and
 * however concurrently GitHub sends it, and starts a run only when the trigger policy says so.
 * Each delivery gets its own answer, though concurrent ones share a batch (see MicroBatcher).
 * Validation errors reject before the delivery joins a batch, so they never fail others.
 */
export function ingestWebhook(
  deps: { batcher: WebhookIngestBatcher },
  delivery: IncomingDelivery,
): Promise<IngestResult> {
  try {
    return deps.batcher.submit(parseDelivery(delivery));
  } catch (error) {
    return Promise.reject(error);
  }
}
