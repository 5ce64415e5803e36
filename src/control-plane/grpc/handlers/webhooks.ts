import { Histogram, type Registry } from 'prom-client';
import { fromTimestamp, type ControlPlaneHandlers } from '../../../shared/proto/index.js';
import { ingestWebhook, type WebhookIngestBatcher } from '../../domain/webhooks/ingest-webhook.js';
import { unary, type HandlerDependencies } from '../handler.js';

/** IngestGitHubWebhook: proto ↔ domain mapping only. */
export function webhookHandlers(
  deps: HandlerDependencies,
  batcher: WebhookIngestBatcher,
): Pick<ControlPlaneHandlers, 'ingestGitHubWebhook'> {
  return {
    ingestGitHubWebhook: unary(deps, async (request) => {
      const result = await ingestWebhook(
        { batcher },
        {
          correlationId: request.correlationId,
          deliveryId: request.deliveryId,
          eventType: request.eventType,
          receivedAt: fromTimestamp(request.receivedAt) ?? new Date(),
          payload: request.payload,
        },
      );
      return result.status === 'ignored'
        ? {
            correlationId: result.correlationId,
            status: 'ignored',
            duplicate: result.duplicate,
            reason: result.reason,
          }
        : {
            correlationId: result.correlationId,
            runId: result.runId,
            status: result.status,
            duplicate: result.duplicate,
          };
    }),
  };
}

/**
 * codexk8s_webhook_ingest_batch_size / _seconds: how many deliveries share a commit and how long
 * the statement takes (the control-plane's side of codexk8s_webhook_duration_seconds).
 */
export function webhookIngestBatchMetrics(registry: Registry): (size: number, seconds: number) => void {
  const size = new Histogram({
    name: 'codexk8s_webhook_ingest_batch_size',
    help: 'Deliveries written by one ingest statement',
    buckets: [1, 2, 4, 8, 16, 32, 64],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'codexk8s_webhook_ingest_batch_seconds',
    help: 'Duration of one ingest write (round trip and commit)',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  });
  return (deliveries, seconds) => {
    size.observe(deliveries);
    duration.observe(seconds);
  };
}
