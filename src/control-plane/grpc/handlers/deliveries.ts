import { toTimestamp, type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { listDeliveries } from '../../domain/deliveries/list-deliveries.js';
import { type DeliveriesPorts, type DeliveryView } from '../../domain/deliveries/ports.js';
import { type HandlerDependencies } from '../handler.js';
import { pageMessage } from './page-message.js';
import { staffUnary } from './staff-call.js';

const deliveryMessage = (delivery: DeliveryView): v1.IDelivery => ({
  deliveryId: delivery.deliveryId,
  event: delivery.event,
  action: delivery.action ?? '',
  repositoryExternalId: delivery.repositoryExternalId ?? 0,
  repositoryFullName: delivery.repositoryFullName ?? '',
  senderLogin: delivery.senderLogin ?? '',
  receivedAt: toTimestamp(delivery.receivedAt),
  outcome: delivery.outcome,
  reason: delivery.reason ?? '',
  runId: delivery.runId ?? '',
  projectId: delivery.projectId ?? '',
  projectSlug: delivery.projectSlug ?? '',
});

/** ListDeliveries: mapping only (the request has the use-case's input shape). */
export function deliveriesHandlers(
  deps: HandlerDependencies,
  deliveries: DeliveriesPorts,
): Pick<ControlPlaneHandlers, 'listDeliveries'> {
  return {
    listDeliveries: staffUnary(deps, async (call, request: v1.ListDeliveriesRequest) =>
      pageMessage(await listDeliveries(deliveries, call, request), deliveryMessage),
    ),
  };
}
