import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type DeliveryRecoveryPorts } from './ports.js';
import { recoverMissedDeliveries } from './recover-missed-deliveries.js';

type LoopDeps = Parameters<typeof recoverMissedDeliveries>[0];

export interface DeliveryRecoveryLoopOptions {
  /** CODEXK8S_DELIVERY_RECOVERY_INTERVAL in milliseconds (0: the loop never starts). */
  intervalMs: number;
  onError?: (error: unknown) => void;
}

/**
 * The recovery loop (SPEC §14), only the loop: a pass (recoverMissedDeliveries) at start-up and every `intervalMs`, one at a time; on stop,
 * the walk in progress ends at the next delivery and releases its lease.
 */
export class DeliveryRecoveryLoop {
  /** Lease owner id: unique per process start. */
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly stopping = new AbortController();

  constructor(
    private readonly deps: Pick<DeliveryRecoveryPorts, 'recovery'> & LoopDeps,
    private readonly options: DeliveryRecoveryLoopOptions,
  ) {}

  start(): void {
    if (this.options.intervalMs <= 0) return;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass; never throws. */
  async pass(): Promise<void> {
    try {
      await recoverMissedDeliveries(this.deps, { owner: this.owner, signal: this.stopping.signal });
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopping.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.running = this.pass().finally(() => {
        this.running = null;
        this.schedule(this.options.intervalMs);
      });
    }, delayMs);
    this.timer.unref();
  }
}
