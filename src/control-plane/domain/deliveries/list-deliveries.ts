import { requireActor, requireProjectReader } from '../access/policy.js';
import { invalidArgument } from '../errors.js';
import { type StaffCall } from '../staff/call.js';
import { everything, listScopeOf } from '../staff/caller-scope.js';
import { type Page, pageRequest } from '../staff/pagination.js';
import { optionalUuid } from '../staff/validation.js';
import { type DeliveryOutcome, deliveryOutcomes } from '../webhooks/delivery-outcome.js';
import { type DeliveriesPorts, type DeliveryView } from './ports.js';

export interface ListDeliveriesInput {
  projectId?: string;
  outcome?: string;
  limit?: number;
  cursor?: string;
}

function optionalOutcome(value: string | undefined): DeliveryOutcome | null {
  if (!value) return null;
  const outcome = deliveryOutcomes.find((candidate) => candidate === value);
  if (!outcome) throw invalidArgument(`outcome: must be one of ${deliveryOutcomes.join(', ')}`);
  return outcome;
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
  const page = pageRequest(input.limit, input.cursor);
  const projectId = optionalUuid('projectId', input.projectId);
  const outcome = optionalOutcome(input.outcome);
  const actor = await requireActor(deps.directory, call.actorUserId);
  if (projectId !== null) {
    await requireProjectReader(deps.directory, actor, projectId);
    return deps.deliveries.list(everything, { projectId, outcome }, page);
  }
  return deps.deliveries.list(listScopeOf(actor), { projectId: null, outcome }, page);
}
