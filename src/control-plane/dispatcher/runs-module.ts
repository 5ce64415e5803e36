import { type MikroORM } from '../persistence/orm.js';
import { type Logger } from 'pino';
import { type Registry } from 'prom-client';
import { type ControlPlaneHandlers } from '../../shared/proto/index.js';
import { type ControlPlaneConfig } from '../config.js';
import { type LiveAccessGuard } from '../domain/access/live-access-guard.js';
import { type RunLogCaptures } from '../domain/run-logs/run-log-captures.js';
import { RunEventFeed } from '../domain/runs-lifecycle/run-event-feed.js';
import { type RunLauncher } from '../domain/runs-lifecycle/ports.js';
import { type HandlerDependencies } from '../grpc/handler.js';
import { runsLiveHandlers } from '../grpc/handlers/runs-live.js';
import { SqlAccessDirectory } from '../persistence/stores/access-directory-store.js';
import { SqlDispatcherStore } from '../persistence/stores/dispatcher-store.js';
import { SqlRunLifecycleStore } from '../persistence/stores/run-lifecycle-store.js';
import { RunDispatcher } from './dispatcher.js';
import { createLauncher } from './launchers/index.js';
import { createRunMetrics } from './metrics.js';

export interface RunsModule {
  handlers: Pick<ControlPlaneHandlers, 'cancelRun' | 'watchRunEvents'>;
  /** Starts the dispatcher (when CODEXK8S_WORKER_ENABLED). */
  start(): void;
  /** Ends live streams and stops the dispatcher; call before the gRPC server drains and the database closes. */
  stop(): Promise<void>;
}

/** Wiring of SPEC §7: stores, launcher, dispatcher, live feed, metrics and the CancelRun/WatchRunEvents handlers. */
export function createRunsModule(deps: {
  config: ControlPlaneConfig;
  orm: MikroORM;
  logger: Logger;
  metrics: Registry;
  handlerDeps: HandlerDependencies;
  /** Where launchers write what runs print (SPEC §12). */
  runLogs: RunLogCaptures;
  /** Ends live streams whose caller loses access (shared with the run log streams). */
  liveAccess: LiveAccessGuard;
}): RunsModule {
  const { config, orm, logger } = deps;
  const dispatcherStore = new SqlDispatcherStore(orm);
  const lifecycleStore = new SqlRunLifecycleStore(orm);
  const launcher: RunLauncher | null = config.CODEXK8S_WORKER_ENABLED
    ? createLauncher(config, deps.runLogs, (error, runId) =>
        logger.warn({ err: error, runId }, 'run log capture problem'),
      )
    : null;
  const feed = new RunEventFeed({
    source: lifecycleStore,
    intervalMs: 250,
    onError: (error) => logger.warn({ err: error }, 'run event feed poll failed'),
  });
  const access = new SqlAccessDirectory(orm);
  const runMetrics = createRunMetrics(
    deps.metrics,
    () => dispatcherStore.countSlotsByState(),
    () => feed.watchedRuns,
  );
  const dispatcher = launcher
    ? new RunDispatcher({
        store: dispatcherStore,
        launcher,
        logger: logger.child({ component: 'dispatcher' }),
        pollIntervalMs: config.CODEXK8S_WORKER_POLL_INTERVAL,
        claimLimit: config.CODEXK8S_WORKER_CLAIM_LIMIT,
        slotsPerProject: config.CODEXK8S_WORKER_SLOTS_PER_PROJECT,
        leaseTtlMs: config.CODEXK8S_WORKER_SLOT_LEASE_TTL,
        learningModeDefault: config.CODEXK8S_LEARNING_MODE_DEFAULT,
        recordTransition: runMetrics.recordTransition,
        observeTick: (seconds, result) => runMetrics.tickDuration.observe({ result }, seconds),
      })
    : null;
  const handlers = runsLiveHandlers(deps.handlerDeps, {
    access,
    store: lifecycleStore,
    feed,
    liveAccess: deps.liveAccess,
    launcher,
    recordTransition: runMetrics.recordTransition,
    onLauncherError: (error, runId) =>
      logger.warn({ err: error, runId }, 'stopping a canceled run failed; its dispatcher retries'),
  });
  return {
    handlers,
    start: () => dispatcher?.start(),
    stop: async () => {
      feed.close();
      await dispatcher?.stop();
    },
  };
}
