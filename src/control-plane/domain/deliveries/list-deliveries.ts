import { requireActor, requireProjectReader } from '../access/policy.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { everything, listScopeOf } from '../staff-call/caller-scope.js';
import { type Page, type PageInput, pageRequest } from '../staff-call/pagination.js';
import { optionalUuid, requireOneOf } from '../staff-call/validation.js';
import { deliveryOutcomes } from '../webhooks/delivery-outcome.js';
import { type DeliveriesPorts, type DeliveryView } from './ports.js';

export interface ListDeliveriesInput extends PageInput {
  /** Empty = every project the caller sees. */
  projectId?: string;
  /** Empty = any outcome. */
  outcome?: string;
}

/**
 * deliveries.list (SPEC §11), so staff see why nothing happened: platform admins see every
 * delivery, members those of their projects; deliveries without a project are for admins only.
 */
export async function listDeliveries(
  deps: DeliveriesPorts,
  call: StaffCall,
  input: ListDeliveriesInput,
): Promise<Page<DeliveryView>> {
  const page = pageRequest(input);
  const projectId = optionalUuid('projectId', input.projectId);
  const outcome = input.outcome ? requireOneOf('outcome', deliveryOutcomes, input.outcome) : null;
  const actor = await requireActor(deps.directory, call.actorUserId);
  if (projectId !== null) {
    await requireProjectReader(deps.directory, actor, projectId);
    return deps.deliveries.list(everything, { projectId, outcome }, page);
  }
  return deps.deliveries.list(listScopeOf(actor), { projectId: null, outcome }, page);
}
