import { toTimestamp, type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { listDeliveries } from '../../domain/deliveries/list-deliveries.js';
import { type DeliveriesPorts, type DeliveryView } from '../../domain/deliveries/ports.js';
import { unary, type HandlerDependencies } from '../handler.js';
import { staffCall } from './staff-call.js';

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

/** ListDeliveries: mapping only. */
export function deliveriesHandlers(
  deps: HandlerDependencies,
  ports: DeliveriesPorts,
): Pick<ControlPlaneHandlers, 'listDeliveries'> {
  return {
    listDeliveries: unary(deps, async (request: v1.ListDeliveriesRequest, context) => {
      const page = await listDeliveries(ports, staffCall(request.principal, context), {
        projectId: request.projectId,
        outcome: request.outcome,
        limit: request.limit,
        cursor: request.cursor,
      });
      return { items: page.items.map(deliveryMessage), nextCursor: page.nextCursor };
    }),
  };
}
