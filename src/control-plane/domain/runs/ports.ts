/**
 * Ports of runs (SPEC §6, §7): what the staff reads, cancel, the live event stream and the
 * dispatcher need from persistence and from the launcher that actually runs a run (a Kubernetes
 * Job or a local process).
 */
import { type GitHubReportState } from '../../../shared/contract/github-report.js';
import { type RunStatus } from '../../../shared/contract/run-status.js';
import { type ProjectRole } from '../../../shared/contract/project-role.js';
import { type AccessDirectory, type Actor } from '../access/actor.js';
import { type LiveAccessGuard } from '../access/live-access-guard.js';
import { type ListScope } from '../staff-call/caller-scope.js';
import { type Page, type PageInput, type PageRequest } from '../staff-call/pagination.js';
import { type RunContext } from './run-context.js';
import { type RunEventFeed } from './run-event-feed.js';

export type FinalRunStatus = Exclude<RunStatus, 'pending' | 'running'>;
export type SlotState = 'free' | 'leased' | 'releasing';

/** A run as listed and shown: the row plus a summary of its payload and its project's names. */
export interface RunSummary {
  id: string;
  correlationId: string;
  projectId: string | null;
  projectSlug: string | null;
  projectName: string | null;
  status: RunStatus;
  learningMode: boolean;
  eventType: string;
  action: string;
  repositoryFullName: string;
  senderLogin: string;
  jobName: string | null;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** Why it started and what it is about, with links to GitHub (issue 21). */
  context: RunContext;
}

/** One entry of a run's history (its correlation id's flow events), or of a staff audit trail. */
export interface FlowEventRecord {
  id: number;
  correlationId: string;
  actorType: 'system' | 'staff';
  actorId: string;
  /** The actor's email when the actor is a staff user who still exists. */
  actorEmail: string | null;
  eventType: string;
  payload: unknown;
  createdAt: Date;
}

export interface LearningFeedbackRecord {
  id: number;
  runId: string;
  repositoryId: string | null;
  prNumber: number | null;
  filePath: string | null;
  line: number | null;
  kind: 'inline' | 'post_pr';
  explanation: string;
  createdAt: Date;
}

/** The input of the reads of one run's pages (its events, its learning feedback). */
export interface RunPageInput extends PageInput {
  runId: string;
}

/** Which runs a listing may show: all (platform admins) or those of the caller's projects. */
export type RunScope = ListScope;

export interface RunFilter {
  projectId: string | null;
  status: RunStatus | null;
  /** Repository full name, compared case-insensitively. */
  repository: string | null;
  /** Sender login, compared case-insensitively. */
  sender: string | null;
  /** Trigger value: the label, the command or `event.action`, exactly. */
  trigger: string | null;
}

/** No filter: every run the scope allows. */
export const noRunFilter: RunFilter = {
  projectId: null,
  status: null,
  repository: null,
  sender: null,
  trigger: null,
};

/** A page of runs and the caller as stored, read together (see RunStore.listWithActor). */
export interface RunPageWithActor {
  /** As AccessDirectory.findActor reads it: null when the user does not exist. */
  actor: Actor | null;
  page: Page<RunSummary>;
}

/**
 * What the policy needs to decide whether the caller may read a run, read in the same round trip
 * as the data asked for (see RunStore.findWithAccess).
 */
export interface RunAccess<Run> {
  /** As AccessDirectory.findActor reads it: null when the user does not exist. */
  actor: Actor | null;
  /** Null when no run has this id. */
  run: Run | null;
  /** The caller's membership role in the run's project; null when not a member or the run has none. */
  memberRole: ProjectRole | null;
}

/** What a launcher needs to start, observe or stop one run. */
export interface LaunchTarget {
  runId: string;
  correlationId: string;
  projectId: string;
  /** `codex-k8s-run-<run id>`: the Job name (and the local process' name). */
  jobName: string;
}

export type CancelOutcome =
  | { kind: 'canceled'; previousStatus: 'pending' | 'running'; target: LaunchTarget | null }
  | { kind: 'not_cancelable'; status: RunStatus }
  | { kind: 'not_found' };

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

export interface RunStore {
  /** Newest first, keyset on (created_at, id): stable while new runs arrive. */
  list(scope: RunScope, filter: RunFilter, page: PageRequest): Promise<Page<RunSummary>>;
  /**
   * The caller and `list(scope, filter, page)` in one database round trip, for runs.list, the
   * console's most frequent read. The page is the caller's to see only if the policy, looking at
   * the actor, picks the same scope.
   */
  listWithActor(
    actorUserId: string,
    scope: RunScope,
    filter: RunFilter,
    page: PageRequest,
  ): Promise<RunPageWithActor>;
  findById(runId: string): Promise<RunSummary | null>;
  /** The run, the caller and the caller's role in the run's project, in one round trip. */
  findWithAccess(runId: string, actorUserId: string): Promise<RunAccess<RunSummary>>;
  /**
   * The whole run payload as stored (JSON), and why a pending run waits: how many of its project's
   * first `slotsPerProject` slots are held (leased or releasing) and its place among the project's
   * pending runs in claim order (oldest first, 1 = next); `queue` is null when the run is not
   * pending or has no project. One round trip.
   */
  findPayloadAndQueue(
    runId: string,
    slotsPerProject: number,
  ): Promise<{ payload: unknown; queue: { slotsInUse: number; position: number } | null }>;
  /**
   * A page of the run's flow events (its correlation id's, oldest first, keyset on id) read together
   * with what deciding on the reader needs: the page is the caller's only if the policy says so.
   */
  listEventsWithAccess(
    runId: string,
    actorUserId: string,
    page: PageRequest,
  ): Promise<{ access: RunAccess<{ projectId: string | null }>; page: Page<FlowEventRecord> }>;
  listLearningFeedback(runId: string, page: PageRequest): Promise<Page<LearningFeedbackRecord>>;
  /**
   * In its own transaction: locks the run; pending/running → canceled with `run.canceled` (and, in
   * learning mode, the explanation); a running run's slot goes to `releasing`.
   */
  cancel(runId: string, actorUserId: string, explain: (facts: RunFacts) => string): Promise<CancelOutcome>;
}

/** Where the live feed reads new flow events from (polled by id). */
export interface FlowEventSource {
  /** Events of these correlation ids with id > afterId (and ≤ upToId when given), oldest first. */
  eventsAfter(
    correlationIds: string[],
    afterId: number,
    limit: number,
    upToId?: number,
  ): Promise<FlowEventRecord[]>;
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

/** Where the dispatcher reports what it did and what went wrong (a pino logger fits). */
export interface DispatchLog {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

/** Everything the runs use-cases depend on; each asks for the few it uses (`Pick<RunsPorts, …>`). */
/** Who asked for a rerun: a staff member (runs.rerun) or GitHub (`/codex retry`). */
export interface RerunActor {
  type: 'staff' | 'system';
  id: string;
}

export type RerunOutcome =
  | { kind: 'not_found' }
  | { kind: 'not_finished'; status: RunStatus }
  | { kind: 'rerun'; runId: string; correlationId: string; rerunOf: string };

/** Where a run's GitHub report stands (SPEC §13). */
export interface RunReportView {
  state: GitHubReportState;
  /** The run state GitHub last accepted; null before any. */
  sentState: RunStatus | null;
  /** Why the last attempt did not land, when it did not. */
  lastError: string | null;
}

/** A run's rerun links and report, for runs.get. */
export interface RunLinks {
  rerunOf: string | null;
  /** Its reruns, oldest first. */
  rerunIds: string[];
  report: RunReportView;
}

/** Reruns (SPEC §13): runs.rerun and `/codex retry`. */
export interface RunRerunStore {
  /**
   * In its own transaction: locks the finished run, inserts a pending copy (same payload, project
   * and learning mode, `rerun_of` the run, correlation id `<its correlation id>:rerun:<n>`), its
   * GitHub report row when `reportable(payload)`, and `run.rerun` on both runs.
   */
  rerun(runId: string, actor: RerunActor, reportable: (payload: unknown) => boolean): Promise<RerunOutcome>;
  /** The run's rerun links and where its GitHub report stands, in one read. */
  links(runId: string): Promise<RunLinks>;
}

export interface RunsPorts {
  directory: AccessDirectory;
  runs: RunStore;
  reruns: RunRerunStore;
  /** Live flow events of the watched runs (one poll for all of them). */
  events: Pick<RunEventFeed, 'subscribe'>;
  /** Ends live streams whose caller lost access while they were open. */
  liveAccess: Pick<LiveAccessGuard, 'guard'>;
  /**
   * This replica's launcher when its dispatcher runs; null otherwise (a canceled run is then
   * stopped by the replica whose dispatcher holds its slot, on its next tick).
   */
  launcher: RunLauncher | null;
  dispatcher: DispatcherStore;
  /** CODEXK8S_WORKER_SLOTS_PER_PROJECT: how many runs of one project may run at once. */
  slotsPerProject: number;
  /** Counts a status change made by this replica (codexk8s_run_status_transitions_total). */
  recordTransition(from: RunStatus, to: RunStatus): void;
  log: DispatchLog;
}
