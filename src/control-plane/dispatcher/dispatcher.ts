import { leaseOwnerId, TickLoop } from '../domain/loops/tick-loop.js';
import { dispatchRuns, type DispatchPorts, type DispatchRunsInput } from '../domain/runs/dispatch-runs.js';

export interface DispatcherOptions extends Omit<DispatchRunsInput, 'owner' | 'signal'> {
  pollIntervalMs: number;
  observeTick?: (seconds: number, result: 'ok' | 'error') => void;
}

/**
 * The run dispatcher's loop (SPEC §7): a tick (dispatchRuns) every `pollIntervalMs`, one at a
 * time; on stop, the tick in progress finishes, the launcher closes and this replica's leases
 * are handed over so another replica recovers its runs at once.
 */
export class RunDispatcher {
  /** Lease owner id: unique per process start, so a restarted replica never mistakes old leases for its own. */
  readonly owner = leaseOwnerId();
  private readonly loop = new TickLoop(
    () => this.tick(),
    () => this.options.pollIntervalMs,
  );

  constructor(
    private readonly deps: DispatchPorts,
    private readonly options: DispatcherOptions,
  ) {}

  start(): void {
    this.deps.log.info({ owner: this.owner, launcher: this.deps.launcher.kind }, 'run dispatcher started');
    this.loop.start();
  }

  /** Stops ticking and waits for the tick in progress (so the database is not closed under it). */
  async stop(): Promise<void> {
    await this.loop.stop();
    await this.deps.launcher.close();
    await this.deps.dispatcher.expireLeases(this.owner).catch((error: unknown) => {
      this.deps.log.warn({ err: error }, 'could not hand over slot leases; they expire on their own');
    });
  }

  /** One pass; never throws. */
  async tick(): Promise<void> {
    const startedAt = process.hrtime.bigint();
    let result: 'ok' | 'error' = 'ok';
    try {
      await dispatchRuns(this.deps, { ...this.options, owner: this.owner, signal: this.loop.signal });
    } catch (error) {
      result = 'error';
      this.deps.log.error({ err: error }, 'dispatcher tick failed');
    } finally {
      this.options.observeTick?.(Number(process.hrtime.bigint() - startedAt) / 1e9, result);
    }
  }
}
