import { leaseOwnerId, TickLoop } from '../loops/tick-loop.js';
import { type GitHubReportsPorts } from './ports.js';
import { sendDueReports, type SendReportsResult } from './send-reports.js';

export interface ReportSenderOptions {
  /** CODEXK8S_GITHUB_REPORT_INTERVAL: pause between ticks. */
  intervalMs: number;
  /** Rows leased per tick. */
  batchSize: number;
  /** How long a leased row stays this sender's (a crashed sender's rows are taken over after it). */
  leaseMs: number;
  onTick?: (result: SendReportsResult) => void;
  onError?: (error: unknown) => void;
}

/**
 * The GitHub report sender's loop (SPEC §13): a tick (sendDueReports) at start and every
 * `intervalMs`, one at a time; a full batch ticks again at once. Any number of replicas run one:
 * rows are leased with SKIP LOCKED. On stop the tick in progress finishes its current send and
 * the leases left are handed back; a killed sender's leases run out after `leaseMs`.
 */
export class ReportSender {
  readonly owner = leaseOwnerId('reports');
  // A full batch ticks again at once: more is due.
  private readonly loop = new TickLoop(
    () => this.tick(),
    (result) => {
      const handled = result ? result.sent + result.failed + result.retried : 0;
      return handled >= this.options.batchSize ? 0 : this.options.intervalMs;
    },
  );

  constructor(
    private readonly deps: GitHubReportsPorts,
    private readonly options: ReportSenderOptions,
  ) {}

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    // Rows this sender leased but did not get to (stopped mid-batch) go back at once.
    await this.deps.reports
      .releaseLeases(this.owner)
      .catch((error: unknown) => this.options.onError?.(error));
  }

  /** One tick; never throws. */
  async tick(): Promise<SendReportsResult | null> {
    try {
      const result = await sendDueReports(this.deps, {
        owner: this.owner,
        limit: this.options.batchSize,
        leaseMs: this.options.leaseMs,
        signal: this.loop.signal,
      });
      this.options.onTick?.(result);
      return result;
    } catch (error) {
      this.options.onError?.(error);
      return null;
    }
  }
}
