import { type AccessDirectory } from '../access/actor.js';
import { type ListScope } from '../staff-call/caller-scope.js';
import { type Page, type PageRequest } from '../staff-call/pagination.js';
import { type DeliveryOutcome, type StoredDelivery } from '../webhooks/delivery-outcome.js';

/** One recorded delivery as staff see it (SPEC §11, `webhook_deliveries`). */
export interface DeliveryView extends StoredDelivery {
  projectSlug: string | null;
}

export interface DeliveryFilter {
  projectId: string | null;
  outcome: DeliveryOutcome | null;
}

export interface DeliveryStore {
  /** Newest first. In `memberOf` scope only deliveries of the user's projects (never those without a project). */
  list(scope: ListScope, filter: DeliveryFilter, page: PageRequest): Promise<Page<DeliveryView>>;
}

export interface DeliveriesPorts {
  directory: AccessDirectory;
  deliveries: DeliveryStore;
}
