import { type AccessDirectory } from '../access/actor.js';
import { type LiveAccessGrant, type LiveAccessGuard } from '../access/live-access-guard.js';
import { requireActor, requireRunReader, runReaderGrant } from '../access/policy.js';
import { invalidArgument, notFound } from '../errors.js';
import { type Page } from '../staff/pagination.js';
import { requireUuid } from '../staff/validation.js';
import { type RunLogFeed } from './run-log-feed.js';
import { type RunLogChunk, type RunLogReadStore } from './ports.js';

/** SPEC §12: `runs.logs` takes `limit ≤ 1000`. */
export const defaultLogPageLimit = 200;
export const maxLogPageLimit = 1000;
/** A page stops early past this much text, so one answer stays well under gRPC's 4 MiB message limit. */
export const maxLogPageBytes = 1024 * 1024;

export interface RunLogsDependencies {
  directory: AccessDirectory;
  store: RunLogReadStore;
  feed: RunLogFeed;
  /** Ends a live log stream whose caller loses access to the run while it is open. */
  liveAccess: LiveAccessGuard;
}

function logPageLimit(limit: number | undefined): number {
  if (limit === undefined || limit === 0) return defaultLogPageLimit;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxLogPageLimit)
    throw invalidArgument(`limit: must be between 1 and ${maxLogPageLimit}`);
  return limit;
}

/**
 * runs.logs, runs.watchLogs and the log download (SPEC §12), with the access rule of runs.get:
 * platform admins, or members of the run's project (a run without a project: admins only). The
 * caller is re-read from the database, so a deleted user or a revoked membership refuses at once.
 */
export class RunLogsService {
  constructor(private readonly deps: RunLogsDependencies) {}

  /** A page of the run's log chunks, oldest first. */
  async page(
    actorUserId: string,
    runId: string,
    limit: number | undefined,
    cursor: string | undefined,
  ): Promise<Page<RunLogChunk>> {
    const { id } = await this.requireReadable(actorUserId, runId);
    return this.deps.store.listChunks(
      id,
      { limit: logPageLimit(limit), cursor: cursor ?? '' },
      maxLogPageBytes,
    );
  }

  /**
   * The run's chunks after `afterSeq`: the stored ones, then live ones, ending when the run is
   * finished and its log drained (or `signal` aborts).
   */
  async watch(
    actorUserId: string,
    runId: string,
    afterSeq: number,
    signal: AbortSignal,
  ): Promise<AsyncGenerator<RunLogChunk>> {
    if (!Number.isSafeInteger(afterSeq) || afterSeq < 0)
      throw invalidArgument('afterSeq: must be a non-negative integer');
    const { id, grant } = await this.requireReadable(actorUserId, runId);
    return this.deps.liveAccess.guard(grant, signal, (guarded) =>
      this.deps.feed.subscribe(id, afterSeq, guarded),
    );
  }

  /** The caller may read the run (as `runs.get`): unknown callers are refused before unknown runs. */
  private async requireReadable(
    actorUserId: string,
    runId: string,
  ): Promise<{ id: string; grant: LiveAccessGrant }> {
    const id = requireUuid('runId', runId);
    const actor = await requireActor(this.deps.directory, actorUserId);
    const run = await this.deps.store.findRun(id);
    if (!run) throw notFound('run not found');
    await requireRunReader(this.deps.directory, actor, run.projectId);
    return { id, grant: runReaderGrant(actor.userId, run.projectId) };
  }
}
