import { TickLoop } from '../loops/tick-loop.js';
import { type RunLogRetentionStore } from './ports.js';

export interface RunLogRetentionOptions {
  store: RunLogRetentionStore;
  /** CODEXK8S_RUN_LOG_RETENTION: logs last written longer ago than this are deleted. */
  retentionMs: number;
  /** Pause between sweeps. */
  intervalMs: number;
  /** Logs deleted per statement (each a short transaction). */
  batchSize?: number;
  onSwept?: (deleted: number) => void;
  onError?: (error: unknown) => void;
}

/** How often the sweep runs for a given retention: a small fraction of it, between a minute and an hour. */
export function retentionSweepInterval(retentionMs: number): number {
  return Math.min(Math.max(retentionMs / 24, 60_000), 3_600_000);
}

/**
 * Deletes expired run logs: a sweep at start and every `intervalMs`, in batches until none is left.
 * Every replica runs it; the store skips rows another replica is deleting, so they share the work
 * instead of waiting on each other.
 */
export class RunLogRetention {
  private readonly loop = new TickLoop(
    () => this.sweep(),
    () => this.options.intervalMs,
    { unref: true },
  );

  constructor(private readonly options: RunLogRetentionOptions) {}

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /** One sweep; never throws. */
  async sweep(): Promise<number> {
    const batchSize = this.options.batchSize ?? 50;
    let total = 0;
    try {
      for (;;) {
        if (this.loop.signal.aborted) break;
        const deleted = await this.options.store.deleteExpiredLogs(this.options.retentionMs, batchSize);
        total += deleted;
        if (deleted < batchSize) break;
      }
    } catch (error) {
      this.options.onError?.(error);
    }
    if (total > 0) this.options.onSwept?.(total);
    return total;
  }
}
