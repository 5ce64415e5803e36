import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { type SlotState } from '../domain/runs/ports.js';

export interface RunMetrics {
  transitions: Counter<'from' | 'to'>;
  tickDuration: Histogram<'result'>;
  recordTransition(from: string, to: string): void;
}

/**
 * Run metrics on the control-plane registry: status transitions (counted by the replica that made
 * them), dispatcher tick duration, runs watched live on this replica, and slot occupancy read from the database at scrape time (so every
 * replica reports the same, cluster-wide numbers).
 */
export function createRunMetrics(
  registry: Registry,
  countSlots: () => Promise<Record<SlotState, number>>,
  watchedRuns: () => number,
): RunMetrics {
  const transitions = new Counter({
    name: 'codexk8s_run_status_transitions_total',
    help: 'Run status transitions made by this replica, by previous and new status',
    labelNames: ['from', 'to'],
    registers: [registry],
  });
  const tickDuration = new Histogram({
    name: 'codexk8s_dispatcher_tick_duration_seconds',
    help: 'Duration of one dispatcher tick (reconcile, lease recovery, claim and launch)',
    labelNames: ['result'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'codexk8s_run_event_watched_runs',
    help: 'Runs whose events this replica is streaming live to at least one watcher',
    registers: [registry],
    collect() {
      this.set(watchedRuns());
    },
  });
  new Gauge({
    name: 'codexk8s_run_slots',
    help: 'Run slots of all projects by state (leased = occupied by a run)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      try {
        const counts = await countSlots();
        for (const [state, count] of Object.entries(counts)) this.set({ state }, count);
      } catch {
        // A scrape during a database outage keeps the last values rather than failing /metrics.
      }
    },
  });
  return { transitions, tickDuration, recordTransition: (from, to) => transitions.inc({ from, to }) };
}
