import { type FlowEventSource, type FlowEventRecord } from './ports.js';

interface Watch {
  /** Highest event id already handed to the listeners of this correlation id. */
  cursor: number;
  listeners: Set<(event: FlowEventRecord) => void>;
}

export interface RunEventFeedOptions {
  source: FlowEventSource;
  /** How often new events are looked for (SPEC: delivered within 1 s of commit). */
  intervalMs?: number;
  batchSize?: number;
  onError?: (error: unknown) => void;
}

/**
 * Live flow events of runs, by polling `flow_events` by id: one query per interval for every
 * watched run, fanned out to the subscribers. Polling (rather than LISTEN/NOTIFY) works the same on
 * PostgreSQL and on the embedded PGlite, where NOTIFY does not reach other connections.
 */
export class RunEventFeed {
  private readonly watches = new Map<string, Watch>();
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  private closed = false;
  private readonly closing = new AbortController();

  constructor(private readonly options: RunEventFeedOptions) {
    this.intervalMs = options.intervalMs ?? 250;
    this.batchSize = options.batchSize ?? 500;
  }

  /**
   * Events of one run with id > afterId, the stored ones first, then live ones as they commit, until
   * `signal` aborts or the feed closes. Never yields an id twice or out of order.
   */
  async *subscribe(
    correlationId: string,
    afterId: number,
    signal: AbortSignal,
  ): AsyncGenerator<FlowEventRecord> {
    if (this.closed) return;
    const queue: FlowEventRecord[] = [];
    let wake: (() => void) | null = null;
    const listener = (event: FlowEventRecord) => {
      queue.push(event);
      wake?.();
    };
    let watch = this.watches.get(correlationId);
    if (!watch) {
      // A new watch starts at this subscriber's resume point: its first poll brings the backlog.
      watch = { cursor: afterId, listeners: new Set() };
      this.watches.set(correlationId, watch);
    }
    // Everything above `passed` reaches the listener; what the shared watch already passed is read here.
    const passed = watch.cursor;
    watch.listeners.add(listener);
    this.ensureTimer();
    const stop = () => wake?.();
    signal.addEventListener('abort', stop);
    this.closing.signal.addEventListener('abort', stop);
    try {
      let last = afterId;
      if (afterId < passed) {
        for (const event of await this.options.source.eventsAfter(
          [correlationId],
          afterId,
          Number.MAX_SAFE_INTEGER,
          passed,
        )) {
          yield event;
          last = event.id;
        }
      }
      while (!signal.aborted && !this.closing.signal.aborted) {
        const event = queue.shift();
        if (!event) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          continue;
        }
        if (event.id <= last) continue;
        last = event.id;
        yield event;
      }
    } finally {
      signal.removeEventListener('abort', stop);
      this.closing.signal.removeEventListener('abort', stop);
      watch.listeners.delete(listener);
      if (watch.listeners.size === 0 && this.watches.get(correlationId) === watch)
        this.watches.delete(correlationId);
      if (this.watches.size === 0) this.stopTimer();
    }
  }

  /** Ends every subscription (shutdown: lets the gRPC server drain instead of waiting on open streams). */
  close(): void {
    this.closed = true;
    this.closing.abort();
    this.stopTimer();
  }

  /** Number of runs currently watched (for tests and metrics). */
  get watchedRuns(): number {
    return this.watches.size;
  }

  private ensureTimer(): void {
    if (this.timer || this.closed) return;
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
    void this.poll();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async poll(): Promise<void> {
    if (this.polling || this.watches.size === 0) return;
    this.polling = true;
    try {
      // Cursors stay per run (never bumped to other runs' ids), so an event that commits after a
      // higher id of another run is still found; a full batch continues after its last id.
      let from: number | null = null;
      for (;;) {
        const entries = [...this.watches.entries()];
        if (entries.length === 0) return;
        from ??= Math.min(...entries.map(([, watch]) => watch.cursor));
        const events = await this.options.source.eventsAfter(
          entries.map(([correlationId]) => correlationId),
          from,
          this.batchSize,
        );
        for (const event of events) {
          const watch = this.watches.get(event.correlationId);
          if (!watch || event.id <= watch.cursor) continue;
          watch.cursor = event.id;
          for (const listener of watch.listeners) listener(event);
        }
        if (events.length < this.batchSize) return;
        from = events[events.length - 1]?.id ?? from;
      }
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      this.polling = false;
    }
  }
}
