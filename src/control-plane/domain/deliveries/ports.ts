import { type AccessDirectory } from '../access/actor.js';
import { type ListScope } from '../staff/caller-scope.js';
import { type Page, type PageRequest } from '../staff/pagination.js';
import { type DeliveryOutcome, type IgnoreReason } from '../webhooks/delivery-outcome.js';

/** One recorded delivery as staff see it (SPEC §11, `webhook_deliveries`). */
export interface DeliveryView {
  deliveryId: string;
  event: string;
  action: string | null;
  /** GitHub's `repository.id`. */
  repositoryExternalId: number | null;
  repositoryFullName: string | null;
  senderLogin: string | null;
  receivedAt: Date;
  outcome: DeliveryOutcome;
  reason: IgnoreReason | null;
  /** The run it started (null when ignored, or when the run was deleted since). */
  runId: string | null;
  /** The project its repository was bound to when it arrived. */
  projectId: string | null;
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
