/**
 * What the webhook ingest use-case needs from storage: record a batch of deliveries.
 *
 * The whole batch is one SQL statement (one round trip, one commit) because this is the
 * platform's hot path; so the adapter also carries the rules that need the database's view of the
 * moment — binding resolution and learning-mode precedence — and it is held to them by the
 * contract below (and by the integration tests).
 */
import { type RunPayloadHead } from './run-payload.js';

export interface DeliveryRecord {
  correlationId: string;
  deliveryId: string;
  eventType: string;
  /** `ping`: only a `webhook.ping` flow event. `run`: a run unless one has this correlation id. */
  kind: 'ping' | 'run';
  /**
   * True for the first `run` record of a correlation id in the batch: only that one may insert
   * the run; later records of the same id in the batch are its duplicates.
   */
  carriesRun: boolean;
  /** `payload.repository.id`, null when the event has no repository. */
  repositoryExternalId: number | null;
  /** `payload.sender.login`, matched case-insensitively against `users.github_login`. */
  senderLogin: string | null;
  /** The run payload without `project`, `learning_mode` and `raw_payload` (the store adds them). */
  head: RunPayloadHead;
  /** The delivery body as GitHub sent it (valid JSON); stored as `raw_payload`. */
  rawJson: string;
}

export interface DeliveryOutcome {
  /** The run of this correlation id; null for pings. */
  runId: string | null;
  /** True only for the record that created the run. */
  inserted: boolean;
}

export interface WebhookIngestStore {
  /**
   * For each record, atomically per delivery (SPEC §4):
   * - binding: the `repositories` row with provider `github` and `external_id = repositoryExternalId`
   *   gives project id, repository id and services-yaml path;
   * - learning mode: the sender's `project_members.learning_mode_override` in that project if set,
   *   else the project's `settings.learning_mode_default` if a boolean, else `learningModeDefault`;
   * - the run (`pending`, payload = head + project {id, repository_id, services_yaml,
   *   binding_resolved} + learning_mode + raw_payload) inserted unless its correlation id exists;
   * - a flow event (actor system/github-webhook): `webhook.ping`, `webhook.received` (inserted) or
   *   `webhook.duplicate`, payload {delivery_id, event_type, inserted, run_id}.
   * Answers one outcome per record, in order.
   */
  recordDeliveries(
    records: readonly DeliveryRecord[],
    learningModeDefault: boolean,
  ): Promise<DeliveryOutcome[]>;
}
