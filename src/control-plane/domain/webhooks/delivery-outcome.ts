import { type DeliveryOutcome, type IgnoreReason } from '../../../shared/contract/delivery-outcome.js';

export {
  type DeliveryOutcome,
  deliveryOutcomes,
  type IgnoreReason,
  ignoreReasons,
} from '../../../shared/contract/delivery-outcome.js';

/** What is recorded of every delivery, whatever became of it (`webhook_deliveries`). */
export interface DeliveryFields {
  deliveryId: string;
  event: string;
  action: string | null;
  /** GitHub's `repository.id`. */
  repositoryExternalId: number | null;
  repositoryFullName: string | null;
  senderLogin: string | null;
  receivedAt: Date;
  /** The project its repository was bound to when it arrived. */
  projectId: string | null;
}

/** A delivery as recorded: its fields and what became of it. */
export interface StoredDelivery extends DeliveryFields {
  outcome: DeliveryOutcome;
  reason: IgnoreReason | null;
  /** The run it started (null when ignored, or when the run was deleted since). */
  runId: string | null;
}
