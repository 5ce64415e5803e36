import { type Actor } from '../access/actor.js';
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
export type RunScope = { kind: 'all' } | { kind: 'memberOf'; userId: string };

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
  /** The whole run payload as stored (JSON). */
  findPayload(runId: string): Promise<unknown>;
  /** The flow events of a correlation id, oldest first (keyset on id). */
  listEvents(correlationId: string, page: PageRequest): Promise<Page<FlowEventRecord>>;
  listLearningFeedback(runId: string, page: PageRequest): Promise<Page<LearningFeedbackRecord>>;
}
