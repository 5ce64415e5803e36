import { Counter, Gauge, type Registry } from 'prom-client';
import { type SendReportsResult } from '../domain/github-reports/send-reports.js';

export interface GitHubReportMetrics {
  /** Counts one sender tick's outcomes. */
  recordTick(result: SendReportsResult): void;
}

/**
 * GitHub feedback metrics on the control-plane registry (SPEC §13): reports sent, given up on and
 * retried by this replica; reports pending and the oldest one's age read from the outbox at scrape
 * time (the same, cluster-wide numbers on every replica).
 */
export function createGitHubReportMetrics(
  registry: Registry,
  pendingSummary: () => Promise<{ pending: number; oldestAgeSeconds: number }>,
): GitHubReportMetrics {
  const sent = new Counter({
    name: 'codexk8s_github_reports_sent_total',
    help: 'Run state reports GitHub accepted (commit statuses and comments), sent by this replica',
    registers: [registry],
  });
  const failed = new Counter({
    name: 'codexk8s_github_reports_failed_total',
    help: 'Run state reports given up on by this replica (no token, GitHub answered 401/404/4xx)',
    registers: [registry],
  });
  const retried = new Counter({
    name: 'codexk8s_github_reports_retried_total',
    help: 'Report attempts that will be tried again (rate limit, GitHub unavailable), by this replica',
    registers: [registry],
  });
  // One database read per scrape serves both gauges.
  let summary: Promise<{ pending: number; oldestAgeSeconds: number }> | null = null;
  const readSummary = () => {
    summary ??= pendingSummary().finally(() => {
      setTimeout(() => (summary = null), 0);
    });
    return summary;
  };
  new Gauge({
    name: 'codexk8s_github_reports_pending',
    help: 'Run state changes not yet reported to GitHub (the outbox)',
    registers: [registry],
    async collect() {
      try {
        this.set((await readSummary()).pending);
      } catch {
        // The database is down: leave the last value; readiness reports the outage.
      }
    },
  });
  new Gauge({
    name: 'codexk8s_github_reports_oldest_pending_age_seconds',
    help: 'How long the oldest unreported run state change has waited (0 when none)',
    registers: [registry],
    async collect() {
      try {
        this.set((await readSummary()).oldestAgeSeconds);
      } catch {
        // As above.
      }
    },
  });
  return {
    recordTick(result) {
      sent.inc(result.sent);
      failed.inc(result.failed);
      retried.inc(result.retried);
    },
  };
}
