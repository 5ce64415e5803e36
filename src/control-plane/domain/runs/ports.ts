import { type Actor, type ProjectRole } from '../access/actor.js';
import { type ListScope } from '../staff/caller-scope.js';
import { type Page, type PageRequest } from '../staff/pagination.js';

export type RunStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'canceled';
export const runStatuses: readonly RunStatus[] = ['pending', 'running', 'succeeded', 'failed', 'canceled'];

/** A run as listed: the row plus a summary of its payload and its project's names. */
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
}

export interface FlowEventRecord {
  id: number;
  correlationId: string;
  actorType: 'system' | 'staff';
  actorId: string;
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

/** Which runs a listing may show: all (platform admins) or those of the caller's projects. */
export type RunScope = ListScope;

export interface RunFilter {
  projectId: string | null;
  status: RunStatus | null;
}

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
  /** The whole run payload as stored (JSON). */
  findPayload(runId: string): Promise<unknown>;
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
}
