import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
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
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}:reports`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly stopping = new AbortController();

  constructor(
    private readonly deps: GitHubReportsPorts,
    private readonly options: ReportSenderOptions,
  ) {}

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
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
        signal: this.stopping.signal,
      });
      this.options.onTick?.(result);
      return result;
    } catch (error) {
      this.options.onError?.(error);
      return null;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopping.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().then((result) => {
        this.running = null;
        const handled = result ? result.sent + result.failed + result.retried : 0;
        this.schedule(handled >= this.options.batchSize ? 0 : this.options.intervalMs);
      });
    }, delayMs);
  }
}
