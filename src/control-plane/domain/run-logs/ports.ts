import { type AccessDirectory } from '../access/actor.js';
import { type LiveAccessGuard } from '../access/live-access-guard.js';
import { type Page, type PageRequest } from '../staff-call/pagination.js';
import { type RunLogFeed } from './run-log-feed.js';

/**
 * Ports of run logs (SPEC §12): what capture, the staff reads, the live feed and retention need
 * from persistence. A log is a run's `run_logs` row (where writing resumes, whether it is closed)
 * and its `run_log_chunks`, numbered 1, 2, … by `seq`.
 */

/** `system` chunks are the platform's own lines (the truncation marker, a capture that ended early). */
export type RunLogStream = 'stdout' | 'stderr' | 'system';

export interface RunLogChunk {
  seq: number;
  stream: RunLogStream;
  /** When the chunk's first text was printed (captured, or the kubelet's timestamp). */
  at: Date;
  text: string;
}

/** What is stored of a run's log so far: where a writer resumes. */
export interface RunLogState {
  /** The seq the next chunk gets. */
  nextSeq: number;
  /** UTF-8 bytes of all stored chunk texts (the cap counts these). */
  bytes: number;
  truncated: boolean;
  closed: boolean;
  /**
   * Where the launcher's source stands after the last stored chunk, in the launcher's own format
   * (kubernetes: the last stored line's timestamp and how many lines carried it); null for local runs.
   */
  sourceCursor: string | null;
}

export interface PendingChunk {
  stream: RunLogStream;
  at: Date;
  text: string;
}

export interface RunLogAppend {
  runId: string;
  /**
   * The writer's view of `nextSeq`. The chunks are stored only if nobody else wrote since (a fence:
   * a replica that lost the run to another must not interleave its chunks with the new owner's).
   */
  expectedNextSeq: number;
  chunks: PendingChunk[];
  /** UTF-8 bytes of `chunks`' texts. */
  bytes: number;
  truncated: boolean;
  /** Replaces the stored source cursor when not null. */
  sourceCursor: string | null;
  /** The capture is complete: the log is closed after these chunks. */
  close: boolean;
}

/** Persistence of the writers (capture side). */
export interface RunLogWriterStore {
  /** The run's log state, created empty when the run has none yet. */
  openLog(runId: string): Promise<RunLogState>;
  /** Stores the chunks and moves the state on; false when the fence refused (another writer, or closed). */
  append(input: RunLogAppend): Promise<boolean>;
  /**
   * Closes a log whose capture cannot finish (its process is gone), ending it with `line` when the
   * log is not truncated and the line fits under `maxBytes`. Nothing happens to a closed or absent log.
   */
  abandon(runId: string, line: string, maxBytes: number): Promise<void>;
  /** The encrypted token of the repository the run is bound to, or null. */
  findRepositoryToken(runId: string): Promise<Buffer | null>;
}

/** How the live feed sees a watched run. */
export interface RunLogProgress {
  runId: string;
  /** The highest stored seq (0 when nothing is stored). */
  lastSeq: number;
  /**
   * No more chunks will come: the run is finished and its log closed (or it never had one, or its
   * capture stopped answering long ago), or the run no longer exists.
   */
  complete: boolean;
}

export interface RunLogChunkOf extends RunLogChunk {
  runId: string;
}

/** Persistence of the staff reads and the live feed. */
export interface RunLogReadStore {
  /** The run's project (null when it has none), or null when there is no such run. */
  findRun(runId: string): Promise<{ projectId: string | null } | null>;
  /** Chunks oldest first, keyset on seq; a page holds at most `maxBytes` of text (or its one first chunk). */
  listChunks(runId: string, page: PageRequest, maxBytes: number): Promise<Page<RunLogChunk>>;
  /** For each (run, after seq): up to `perRunLimit` chunks with a greater seq, in seq order. */
  chunksAfter(
    cursors: readonly { runId: string; afterSeq: number }[],
    perRunLimit: number,
  ): Promise<RunLogChunkOf[]>;
  /** Progress of these runs; runs that do not exist come back complete with lastSeq 0. */
  progress(runIds: readonly string[]): Promise<RunLogProgress[]>;
}

/** Persistence of retention. */
export interface RunLogRetentionStore {
  /**
   * Deletes up to `limit` logs (state and chunks) last written more than `retentionMs` ago (by the
   * database's clock), skipping rows another replica is deleting at the same moment; returns how
   * many were deleted.
   */
  deleteExpiredLogs(retentionMs: number, limit: number): Promise<number>;
}

/** What the staff reads of run logs depend on; each asks for the few it uses (`Pick<RunLogsPorts, …>`). */
export interface RunLogsPorts {
  directory: AccessDirectory;
  logs: RunLogReadStore;
  /** Live chunks of the watched runs (one poll for all of them). */
  feed: Pick<RunLogFeed, 'subscribe'>;
  /** Ends a live log stream whose caller loses access to the run while it is open. */
  liveAccess: Pick<LiveAccessGuard, 'guard'>;
}
