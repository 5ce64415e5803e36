import { Gauge, type Registry } from 'prom-client';

/** Run log metrics on the control-plane registry: the runs whose logs this replica streams live. */
export function createRunLogMetrics(registry: Registry, watchedRuns: () => number): void {
  new Gauge({
    name: 'codexk8s_run_log_watched_runs',
    help: 'Runs whose logs this replica is streaming live to at least one watcher',
    registers: [registry],
    collect() {
      this.set(watchedRuns());
    },
  });
}
