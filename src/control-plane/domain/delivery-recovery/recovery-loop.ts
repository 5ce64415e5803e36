import { leaseOwnerId, TickLoop } from '../loops/tick-loop.js';
import { type DeliveryRecoveryPorts } from './ports.js';
import { recoverMissedDeliveries } from './recover-missed-deliveries.js';

type LoopDeps = Parameters<typeof recoverMissedDeliveries>[0];

export interface DeliveryRecoveryLoopOptions {
  /** CODEXK8S_DELIVERY_RECOVERY_INTERVAL in milliseconds (0: the loop never starts). */
  intervalMs: number;
  onError?: (error: unknown) => void;
}

/**
 * The recovery loop (SPEC §14), only the loop: a pass (recoverMissedDeliveries) at start-up and
 * every `intervalMs`, one at a time; on stop, the walk in progress ends at the next delivery and
 * releases its lease.
 */
export class DeliveryRecoveryLoop {
  /** Lease owner id: unique per process start. */
  readonly owner = leaseOwnerId();
  private readonly loop = new TickLoop(
    () => this.pass(),
    () => this.options.intervalMs,
    { unref: true },
  );

  constructor(
    private readonly deps: Pick<DeliveryRecoveryPorts, 'recovery'> & LoopDeps,
    private readonly options: DeliveryRecoveryLoopOptions,
  ) {}

  start(): void {
    if (this.options.intervalMs <= 0) return;
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /** One pass; never throws. */
  async pass(): Promise<void> {
    try {
      await recoverMissedDeliveries(this.deps, { owner: this.owner, signal: this.loop.signal });
    } catch (error) {
      this.options.onError?.(error);
    }
  }
}
