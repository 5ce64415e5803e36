import { type RunLogChunk, type RunLogReadStore } from './ports.js';

export interface RunLogFeedOptions {
  store: Pick<RunLogReadStore, 'chunksAfter' | 'progress'>;
  /** How often stored chunks are looked for when no writer of this replica says so sooner. */
  intervalMs?: number;
  /** Chunks read per run per query; a run that filled it is read again at once. */
  perRunLimit?: number;
  /** A subscriber with this many chunks not yet taken is left out of reads until it catches up. */
  maxQueued?: number;
  onError?: (error: unknown) => void;
}

interface Subscriber {
  runId: string;
  /** Highest seq handed to this subscriber's queue. */
  last: number;
  queue: RunLogChunk[];
  /** The log is complete and everything up to its last seq is queued. */
  complete: boolean;
  wake: (() => void) | null;
}

/**
 * Live run logs by polling `run_log_chunks` by seq: one read of every watched run's progress and
 * one of the chunks after each subscriber's position per interval, whatever the number of
 * watchers. Polling works alike on PostgreSQL and on the embedded PGlite (no LISTEN/NOTIFY there);
 * a writer on this replica calls `nudge` after storing, so its watchers need not wait for the interval.
 */
export class RunLogFeed {
  private readonly subscribers = new Set<Subscriber>();
  private readonly intervalMs: number;
  private readonly perRunLimit: number;
  private readonly maxQueued: number;
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private readonly closing = new AbortController();

  constructor(private readonly options: RunLogFeedOptions) {
    this.intervalMs = options.intervalMs ?? 200;
    this.perRunLimit = options.perRunLimit ?? 64;
    this.maxQueued = options.maxQueued ?? 256;
  }

  /**
   * The run's chunks with seq > afterSeq, stored ones first, then new ones as they are stored; the
   * generator returns once the run is finished and its log drained, or when `signal` aborts or the
   * feed closes. Never yields a seq twice or out of order.
   */
  async *subscribe(runId: string, afterSeq: number, signal: AbortSignal): AsyncGenerator<RunLogChunk> {
    if (this.closed) return;
    const subscriber: Subscriber = { runId, last: afterSeq, queue: [], complete: false, wake: null };
    this.subscribers.add(subscriber);
    const stop = () => subscriber.wake?.();
    signal.addEventListener('abort', stop);
    this.closing.signal.addEventListener('abort', stop);
    this.ensureTimer();
    this.nudge();
    try {
      while (!signal.aborted && !this.closing.signal.aborted) {
        const chunk = subscriber.queue.shift();
        if (chunk) {
          if (subscriber.queue.length < this.maxQueued / 2) this.nudge();
          yield chunk;
          continue;
        }
        if (subscriber.complete) return;
        await new Promise<void>((resolve) => (subscriber.wake = resolve));
        subscriber.wake = null;
      }
    } finally {
      signal.removeEventListener('abort', stop);
      this.closing.signal.removeEventListener('abort', stop);
      this.subscribers.delete(subscriber);
      if (this.subscribers.size === 0) this.stopTimer();
    }
  }

  /** New chunks of `runId` were stored (by this replica): read now rather than at the next interval. */
  nudge(runId?: string): void {
    if (this.closed || this.subscribers.size === 0) return;
    if (runId !== undefined && ![...this.subscribers].some((subscriber) => subscriber.runId === runId))
      return;
    if (this.polling) {
      this.again = true;
      return;
    }
    this.polling = this.poll().finally(() => {
      this.polling = null;
      if (this.again) {
        this.again = false;
        this.nudge();
      }
    });
  }

  /** Ends every subscription (shutdown: the gRPC server drains instead of waiting on open streams). */
  close(): void {
    this.closed = true;
    this.closing.abort();
    this.stopTimer();
  }

  /** Runs watched by at least one subscriber (for metrics and tests). */
  get watchedRuns(): number {
    return new Set([...this.subscribers].map((subscriber) => subscriber.runId)).size;
  }

  private ensureTimer(): void {
    if (this.timer || this.closed) return;
    this.timer = setInterval(() => this.nudge(), this.intervalMs);
    this.timer.unref();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async poll(): Promise<void> {
    try {
      for (;;) {
        const active = [...this.subscribers].filter(
          (subscriber) => !subscriber.complete && subscriber.queue.length < this.maxQueued,
        );
        if (active.length === 0) return;
        const runIds = [...new Set(active.map((subscriber) => subscriber.runId))];
        // Progress first: a log complete at this moment has all its chunks stored before the read below.
        const progress = new Map(
          (await this.options.store.progress(runIds)).map((entry) => [entry.runId, entry]),
        );
        const cursors = runIds.map((runId) => ({
          runId,
          afterSeq: Math.min(
            ...active.filter((subscriber) => subscriber.runId === runId).map((subscriber) => subscriber.last),
          ),
        }));
        const chunks = await this.options.store.chunksAfter(cursors, this.perRunLimit);
        const readByRun = new Map<string, number>();
        for (const { runId, ...chunk } of chunks) {
          readByRun.set(runId, (readByRun.get(runId) ?? 0) + 1);
          for (const subscriber of active) {
            if (subscriber.runId !== runId || chunk.seq <= subscriber.last) continue;
            subscriber.queue.push(chunk);
            subscriber.last = chunk.seq;
          }
        }
        let full = false;
        for (const subscriber of active) {
          const state = progress.get(subscriber.runId);
          if (state?.complete !== false && subscriber.last >= (state?.lastSeq ?? 0))
            subscriber.complete = true;
          if (subscriber.queue.length > 0 || subscriber.complete) subscriber.wake?.();
        }
        for (const count of readByRun.values()) if (count >= this.perRunLimit) full = true;
        if (!full) return;
      }
    } catch (error) {
      this.options.onError?.(error);
    }
  }
}
