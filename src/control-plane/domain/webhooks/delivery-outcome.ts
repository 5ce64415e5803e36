/** What became of a delivery (SPEC §11): it started a run, or it was recorded and ignored. */
export type DeliveryOutcome = 'run' | 'ignored';
export const deliveryOutcomes: readonly DeliveryOutcome[] = ['run', 'ignored'];

/** Why a delivery started no run. */
export type IgnoreReason = 'no_trigger' | 'untrusted_sender' | 'ping';
export const ignoreReasons: readonly IgnoreReason[] = ['no_trigger', 'untrusted_sender', 'ping'];

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
