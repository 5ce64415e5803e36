import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type DeliveryRecoveryPorts } from './ports.js';
import { walkDeliveryLog, type WalkResult } from './walk-delivery-log.js';

type LoopDeps = Parameters<typeof walkDeliveryLog>[0];

/**
 * A repository another replica walked this recently is left to the next pass: replicas started
 * together (a rollout) walk each repository once, not once each.
 */
export const recentWalkMs = 30_000;

/**
 * Every repository due for a walk, one after another, each under its own lease (so any number
 * of replicas share the repositories instead of walking one twice). A repository GitHub refuses is
 * recorded and the others are walked all the same.
 */
export async function recoverMissedDeliveries(
  deps: LoopDeps,
  input: { owner: string; signal?: AbortSignal },
): Promise<WalkResult[]> {
  const results: WalkResult[] = [];
  for (const repositoryId of await deps.recovery.dueRepositoryIds(recentWalkMs)) {
    if (input.signal?.aborted) break;
    try {
      results.push(await walkDeliveryLog(deps, { repositoryId, owner: input.owner, signal: input.signal }));
    } catch (error) {
      // The walk records GitHub's refusals itself; this is the database or a bug: the next repository still gets its turn.
      deps.log.warn(
        { repositoryId, err: error instanceof Error ? error.message : String(error) },
        'delivery recovery walk broke',
      );
    }
  }
  return results;
}

export interface DeliveryRecoveryLoopOptions {
  /** CODEXK8S_DELIVERY_RECOVERY_INTERVAL in milliseconds (0: the loop never starts). */
  intervalMs: number;
  onError?: (error: unknown) => void;
}

/**
 * The recovery loop (SPEC §14): a pass at start-up and every `intervalMs`, one at a time; on stop,
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
