import { fromTimestamp, type ControlPlaneHandlers } from '../../../shared/proto/index.js';
import { type WebhookIngest } from '../../domain/webhooks/ingest-webhook.js';
import { unary, type HandlerDependencies } from '../handler.js';

/** IngestGitHubWebhook: proto ↔ domain mapping only. */
export function webhookHandlers(
  deps: HandlerDependencies,
  ingest: WebhookIngest,
): Pick<ControlPlaneHandlers, 'ingestGitHubWebhook'> {
  return {
    ingestGitHubWebhook: unary(deps, async (request) => {
      const result = await ingest.ingest({
        correlationId: request.correlationId,
        deliveryId: request.deliveryId,
        eventType: request.eventType,
        receivedAt: fromTimestamp(request.receivedAt) ?? new Date(),
        payload: request.payload,
      });
      return {
        correlationId: result.correlationId,
        runId: result.runId,
        status: result.status,
        duplicate: result.duplicate,
      };
    }),
  };
}
