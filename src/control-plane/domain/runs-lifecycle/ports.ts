import { type RunSummary } from '../runs/ports.js';
/**
 * Ports of the run lifecycle (SPEC §7): what the dispatcher, cancel and watch use-cases need from
 * persistence and from the thing that actually runs a run (a Kubernetes Job or a local process).
 */

export type RunStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'canceled';
export type FinalRunStatus = 'succeeded' | 'failed' | 'canceled';
export type SlotState = 'free' | 'leased' | 'releasing';

/** What a launcher needs to start, observe or stop one run. */
export interface LaunchTarget {
  runId: string;
  correlationId: string;
  projectId: string;
  /** `codex-k8s-run-<run id>`: the Job name (and the local process' name). */
  jobName: string;
}

/** What a launcher saw of a launched run. `not_found`: the Job (or process) is gone or unknown. */
export type RunObservation =
  | { state: 'running' }
  | { state: 'succeeded' }
  | { state: 'failed'; reason: string }
  | { state: 'not_found' };

export interface RunLauncher {
  readonly kind: 'kubernetes' | 'local';
  /** Starts the run; an already existing Job of that name counts as launched. Throws when it cannot. */
  launch(target: LaunchTarget): Promise<void>;
  observe(target: LaunchTarget): Promise<RunObservation>;
  /** Stops the run (deletes the Job, kills the process); a run already gone is not an error. */
  cancel(target: LaunchTarget): Promise<void>;
  /** The run is settled in the database: drop whatever the launcher keeps about it. */
  release(target: LaunchTarget): void;
  /** Stops everything the launcher owns in this process (shutdown). */
  close(): Promise<void>;
}

export interface FlowEventView {
  id: number;
  correlationId: string;
  actorType: 'system' | 'staff';
  actorId: string;
  eventType: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** A run as the staff API shows it (CancelRun answers with it): the same shape runs.get uses. */
export type RunView = RunSummary;

/** What the learning-feedback explanation is built from (read inside the finishing transaction). */
export interface RunFacts {
  runId: string;
  eventType: string;
  action: string;
  repositoryFullName: string;
  jobName: string | null;
  slotNo: number | null;
  startedAt: Date | null;
}

export interface RunTransition {
  runId: string;
  to: FinalRunStatus;
  eventType: string;
  payload: Record<string, unknown>;
  actor: { type: 'system' | 'staff'; id: string };
  /** Builds the `inline` learning-feedback text for learning-mode runs. */
  explain: (facts: RunFacts) => string;
}

export interface ClaimedRun {
  runId: string;
  correlationId: string;
  projectId: string;
  slotNo: number;
  jobName: string;
}

export interface OwnedSlot {
  slotId: string;
  slotNo: number;
  state: SlotState;
  projectId: string;
  run: { id: string; correlationId: string; status: RunStatus; jobName: string | null } | null;
}

export interface DerivedProject {
  id: string;
  slug: string;
  name: string;
}

/** Persistence of the dispatcher: every method is one short transaction, safe next to other replicas. */
export interface DispatcherStore {
  /** Extends the leases this dispatcher holds (its heartbeat). */
  renewLeases(owner: string, ttlMs: number): Promise<void>;
  /**
   * Expired leases: a slot whose run is still `running` is taken over by `owner` (its run is then
   * reconciled through the launcher); any other expired slot is freed. Returns how many of each.
   */
  recoverExpiredLeases(owner: string, ttlMs: number): Promise<{ adopted: number; freed: number }>;
  /** Ends this dispatcher's leases now (graceful stop), so another replica recovers its runs at once. */
  expireLeases(owner: string): Promise<void>;
  listOwnedSlots(owner: string): Promise<OwnedSlot[]>;
  freeSlot(slotId: string, owner: string): Promise<void>;
  /**
   * Pending runs without a project get the project derived from their repository full name
   * (created when missing). Runs with no repository at all are returned so the caller can fail them.
   */
  assignDerivedProjects(
    limit: number,
    derive: (repositoryFullName: string) => DerivedProject,
    learningModeDefault: boolean,
  ): Promise<string[]>;
  /** Creates the missing slots 0..n-1 of every project that has pending runs. */
  ensureSlots(slotsPerProject: number): Promise<void>;
  /** Leases free slots to the oldest pending runs (FOR UPDATE SKIP LOCKED); marks them running with `run.started`. */
  claimPendingRuns(input: {
    owner: string;
    ttlMs: number;
    limit: number;
    slotsPerProject: number;
    actorId: string;
  }): Promise<ClaimedRun[]>;
  /**
   * Moves a run from one of `from` to a final status with its flow event (and, in learning mode,
   * its learning feedback), frees its slot; returns the previous status, or null when the run was in
   * none of `from` (someone else settled it first).
   */
  finishRun(from: RunStatus[], transition: RunTransition): Promise<RunStatus | null>;
  countSlotsByState(): Promise<Record<SlotState, number>>;
}

export type CancelOutcome =
  | { kind: 'canceled'; previousStatus: 'pending' | 'running'; target: LaunchTarget | null }
  | { kind: 'not_cancelable'; status: RunStatus }
  | { kind: 'not_found' };

/** Persistence of cancel and watch. */
export interface RunLifecycleStore {
  findRun(
    runId: string,
  ): Promise<{ id: string; correlationId: string; projectId: string | null; status: RunStatus } | null>;
  /** Locks the run; pending/running → canceled with `run.canceled`; a running run's slot goes to `releasing`. */
  cancelRun(runId: string, actorUserId: string, explain: (facts: RunFacts) => string): Promise<CancelOutcome>;
  getRunView(runId: string): Promise<RunView | null>;
}

/** Where the live feed reads new flow events from (polled by id). */
export interface FlowEventSource {
  /** Events of these correlation ids with id > afterId (and ≤ upToId when given), oldest first. */
  eventsAfter(
    correlationIds: string[],
    afterId: number,
    limit: number,
    upToId?: number,
  ): Promise<FlowEventView[]>;
}
