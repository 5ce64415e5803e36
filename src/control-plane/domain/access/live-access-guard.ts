import { because, DomainError, permissionDenied } from '../errors.js';
import { type AccessSnapshot, type AccessSnapshotSource } from './actor.js';

/** What an open live stream must keep being allowed. */
export interface LiveAccessGrant {
  userId: string;
  /** The project whose access the rule reads (null: none, e.g. a run without a project). */
  projectId: string | null;
  /** Throws the refusal (a DomainError) when `access` no longer allows the stream; null: the user is gone. */
  rule: (access: AccessSnapshot | null) => void;
}

export interface LiveAccessGuardOptions {
  source: AccessSnapshotSource;
  /** How often every open stream's access is read again (one read for all of them). */
  intervalMs: number;
  /** A failed read is reported here; the streams go on and the next tick reads again. */
  onError?: (error: unknown) => void;
}

interface Hold {
  grant: LiveAccessGrant;
  controller: AbortController;
  refusal: DomainError | null;
}

/**
 * Ends live streams whose caller lost access while they were open: the user was deleted, removed
 * from the project, or lost the admin flag a run without a project needs.
 *
 * A stream opens after its use-case checked access once; `guard` then holds its grant, and every
 * `intervalMs` the access of every held stream is read in ONE query (all users, all projects) and
 * each grant's rule is applied to it. A stream refused by its rule is aborted and ends with
 * PERMISSION_DENIED "access revoked: <the rule's reason>".
 *
 * Use it around any server-stream a use-case returns (run events, run logs, …):
 *
 *   return deps.liveAccess.guard(runReaderGrant(actor.userId, run.projectId), signal,
 *     (guarded) => deps.feed.subscribe(run.correlationId, afterId, guarded));
 *
 * `open` gets the signal to stop on: its iterable must end soon after that signal aborts (the
 * caller went away, or access was revoked).
 */
export class LiveAccessGuard {
  private readonly holds = new Set<Hold>();
  private timer: NodeJS.Timeout | null = null;
  private checking = false;
  private closed = false;

  constructor(private readonly options: LiveAccessGuardOptions) {}

  async *guard<T>(
    grant: LiveAccessGrant,
    signal: AbortSignal,
    open: (signal: AbortSignal) => AsyncIterable<T>,
  ): AsyncGenerator<T> {
    const hold: Hold = { grant, controller: new AbortController(), refusal: null };
    const stop = () => hold.controller.abort();
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
    this.holds.add(hold);
    this.ensureTimer();
    try {
      for await (const item of open(hold.controller.signal)) {
        if (hold.refusal) break;
        yield item;
      }
      if (hold.refusal) throw hold.refusal;
    } finally {
      signal.removeEventListener('abort', stop);
      this.holds.delete(hold);
      if (this.holds.size === 0) this.stopTimer();
    }
  }

  /** Streams held right now (for tests and metrics). */
  get guardedStreams(): number {
    return this.holds.size;
  }

  /** Stops re-checking (shutdown; the streams themselves end with their feeds). */
  close(): void {
    this.closed = true;
    this.stopTimer();
  }

  /** One pass over every held stream; exposed so tests need not wait for the timer. */
  async checkNow(): Promise<void> {
    if (this.checking || this.holds.size === 0) return;
    this.checking = true;
    try {
      const holds = [...this.holds];
      const userIds = [...new Set(holds.map((hold) => hold.grant.userId))];
      const projectIds = [
        ...new Set(holds.flatMap((hold) => (hold.grant.projectId ? [hold.grant.projectId] : []))),
      ];
      const snapshots = await this.options.source.readAccessSnapshots(userIds, projectIds);
      for (const hold of holds) {
        if (hold.refusal) continue;
        try {
          hold.grant.rule(snapshots.get(hold.grant.userId) ?? null);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          hold.refusal = permissionDenied(`access revoked: ${error.message}`, because('access_revoked'));
          hold.controller.abort();
        }
      }
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      this.checking = false;
    }
  }

  private ensureTimer(): void {
    if (this.timer || this.closed) return;
    this.timer = setInterval(() => void this.checkNow(), this.options.intervalMs);
    this.timer.unref();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
