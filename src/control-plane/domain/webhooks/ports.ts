/**
 * What the webhook ingest needs from storage: per batch of deliveries, one read of what the rules
 * decide on (ingest-context.ts) and one write of what they decided (DeliveryRecord). The rules
 * themselves (binding, learning mode, trigger, trust) are the domain's: decide-delivery.ts.
 */
import { type ProjectRole } from '../../../shared/contract/project-role.js';
import { type DeliveryFields, type DeliveryOutcome, type IgnoreReason } from './delivery-outcome.js';
import { type DeliveryRecovery } from './delivery.js';
import { type RunPayloadHead } from './run-payload.js';

/** A `repositories` row of provider `github`, with its project's settings (raw `projects.settings`). */
export interface BoundRepository {
  externalId: number;
  repositoryId: string;
  projectId: string;
  servicesYamlPath: string;
  projectSettings: unknown;
}

/** A user whose GitHub login is a sender's, as a member of a project of the batch. */
export interface SenderMembership {
  /** Lower-cased. */
  login: string;
  projectId: string;
  role: ProjectRole;
  learningModeOverride: boolean | null;
}

export interface IngestContextQuery {
  repositoryExternalIds: readonly number[];
  /** Lower-cased (GitHub logins are case-insensitive). */
  senderLogins: readonly string[];
}

export interface IngestContext {
  /** The bound repositories among the asked external ids. */
  repositories: BoundRepository[];
  /**
   * The memberships, in the projects of those repositories, of users whose login (case-insensitively)
   * is one of the senders'; oldest user first (several users may carry one login).
   */
  memberships: SenderMembership[];
}

/** What the rules decided for a delivery. */
export type RecordDecision =
  | {
      outcome: 'run';
      learningMode: boolean;
      /** The run payload but `raw_payload`, which the store splices in from `rawJson`. */
      runPayload: RunPayloadHead;
      rawJson: string;
      /** The run reports its states to GitHub (SPEC §13): its outbox row is written with it. */
      reports: boolean;
    }
  | { outcome: 'ignored'; reason: IgnoreReason }
  | RetryDecision;

/**
 * `/codex retry` from a trusted sender (SPEC §13): rerun the latest run of this issue or pull request
 * (same repository, same number) instead of starting one; ignored (`nothing_to_retry`) when it has
 * no run or its latest run has not finished.
 */
export interface RetryDecision {
  outcome: 'retry';
  repositoryFullName: string;
  number: number;
}

/** A delivery decided `retry`, recorded on its own (not in the batch statement). */
export interface RetryRecord extends DeliveryRecord {
  decision: RetryDecision;
}

export interface DeliveryRecord extends DeliveryFields {
  /** The run's correlation id (the delivery id, as the edge sends it). */
  correlationId: string;
  /**
   * True for the first record of a delivery id in the batch: only it may store the delivery (and
   * its run); later records of the same id are its duplicates.
   */
  carries: boolean;
  decision: RecordDecision;
  /** Set for a delivery recovered from GitHub's log: the record that stores it adds `webhook.recovered`. */
  recovery?: DeliveryRecovery;
}

export interface RecordedDelivery {
  /** True only for the record that stored the delivery (and the run it started). */
  inserted: boolean;
  /** The delivery's outcome as stored, whichever record stored it. */
  outcome: DeliveryOutcome;
  reason: IgnoreReason | null;
  /** The delivery's run; null when ignored (or when the run was deleted since). */
  runId: string | null;
}

export interface WebhookIngestStore {
  /** One round trip: the bound repositories and the senders' memberships (IngestContext). */
  readIngestContext(query: IngestContextQuery): Promise<IngestContext>;
  /**
   * One statement for the batch, atomically per delivery (SPEC §4, §11): the `webhook_deliveries`
   * row unless the delivery id exists; for a new delivery decided `run`, the run (`pending`, the
   * payload with `raw_payload`, linked to an existing run of the correlation id if there is one);
   * a flow event (actor system/github-webhook): `webhook.received` (new run), `webhook.ignored`
   * (new, ignored), `webhook.ping` (new ping) or `webhook.duplicate` (seen before), payload
   * {delivery_id, event_type, inserted, run_id} plus {outcome, reason} for ignored deliveries; and for
   * a recovered delivery this statement stored, `webhook.recovered` (actor system/delivery-recovery)
   * with that payload plus {github_delivery_id, delivered_at, repository_id}.
   * Answers one RecordedDelivery per record, in order: the stored outcome, never this record's own
   * decision when another record stored the delivery first.
   */
  recordDeliveries(records: readonly DeliveryRecord[]): Promise<RecordedDelivery[]>;
  /**
   * One `/codex retry` delivery in its own transaction: the latest run of its issue or pull request
   * locked, the delivery recorded once (a copy seen before answers as stored, with `webhook.duplicate`),
   * and the rerun (RunRerunStore.rerun's shape, its report row when `reportable(payload)`) or
   * `nothing_to_retry`.
   */
  recordRetry(record: RetryRecord, reportable: (payload: unknown) => boolean): Promise<RecordedDelivery>;
}
