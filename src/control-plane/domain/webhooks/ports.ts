/**
 * What the webhook ingest use-case needs from storage. One `transaction` is one database
 * transaction: everything a batch of deliveries writes commits together or not at all.
 */

/** Look up the binding of one delivery: the repository it came from and who sent it. */
export interface BindingLookup {
  repositoryExternalId: number;
  senderLogin: string | null;
}

/** A `repositories` row (provider github) with what learning-mode resolution needs next to it. */
export interface ResolvedBinding {
  projectId: string;
  repositoryId: string;
  servicesYamlPath: string;
  /** `projects.settings.learning_mode_default`, null when the project does not set it. */
  projectLearningModeDefault: boolean | null;
  /** The sender's `project_members.learning_mode_override` in that project, null when unset or not a member. */
  memberLearningModeOverride: boolean | null;
}

export interface NewRun {
  correlationId: string;
  projectId: string | null;
  learningMode: boolean;
  /** The run payload, already serialized as JSON text (it embeds the raw delivery unchanged). */
  runPayloadJson: string;
}

export interface RunInsertOutcome {
  runId: string;
  /** False when a run with this correlation id existed already (a redelivery). */
  inserted: boolean;
}

export interface NewFlowEvent {
  correlationId: string;
  actorType: 'system' | 'staff';
  actorId: string;
  eventType: string;
  payload: Record<string, unknown>;
}

export interface WebhookIngestTransaction {
  /** One answer per lookup, in the same order; null when no github repository has that id. */
  resolveBindings(lookups: readonly BindingLookup[]): Promise<(ResolvedBinding | null)[]>;
  /**
   * Inserts each run unless one with its correlation id exists (runs have distinct correlation
   * ids); answers, per correlation id, the run id and whether this call created it.
   */
  insertRunsIfAbsent(runs: readonly NewRun[]): Promise<Map<string, RunInsertOutcome>>;
  appendFlowEvents(events: readonly NewFlowEvent[]): Promise<void>;
}

export interface WebhookIngestStore {
  transaction<T>(work: (tx: WebhookIngestTransaction) => Promise<T>): Promise<T>;
}
