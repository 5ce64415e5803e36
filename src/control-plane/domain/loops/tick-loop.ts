import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * A lease owner id: unique per process start (host, pid, random), so a restarted replica never
 * mistakes the leases its previous life held for its own.
 */
export function leaseOwnerId(suffix?: string): string {
  const id = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  return suffix ? `${id}:${suffix}` : id;
}

/**
 * The shape every long-running loop of the control-plane shares (the dispatcher, the GitHub report
 * sender, delivery recovery, run log retention): one tick at a time, the first at `start`, each
 * next one `nextDelayMs(result)` after the last ended; `stop` aborts `signal` (ticks end their
 * work early on it) and waits for the tick in progress, so the database is not closed under it.
 * What a tick does, and what it hands back on stop, is the owner's.
 */
export class TickLoop<T> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly stopping = new AbortController();

  constructor(
    /** One tick; it should not throw (a throw is passed to `onError` and the loop goes on). */
    private readonly tick: (signal: AbortSignal) => Promise<T>,
    private readonly nextDelayMs: (result: T | undefined) => number,
    private readonly options: { onError?: (error: unknown) => void; unref?: boolean } = {},
  ) {}

  /** Aborted once `stop` is called. */
  get signal(): AbortSignal {
    return this.stopping.signal;
  }

  start(delayMs = 0): void {
    this.schedule(delayMs);
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopping.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.running = this.tick(this.stopping.signal)
        .catch((error: unknown) => {
          this.options.onError?.(error);
          return undefined;
        })
        .then((result) => {
          this.running = null;
          this.schedule(this.nextDelayMs(result));
        });
    }, delayMs);
    if (this.options.unref) this.timer.unref();
  }
}
