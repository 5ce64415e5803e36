/**
 * Wiring of run logs (SPEC §12): the store, the captures the launchers write into, the live feed,
 * the retention sweep and the ListRunLogs/WatchRunLogs handlers. Called from main.ts; holds no logic.
 */
import { type Logger } from 'pino';
import { Gauge, type Registry } from 'prom-client';
import { type ControlPlaneHandlers } from '../shared/proto/index.js';
import { type ControlPlaneConfig } from './config.js';
import { AesGcmTokenCipher } from './crypto/token-cipher.js';
import { type LiveAccessGuard } from './domain/access/live-access-guard.js';
import { RunLogCaptures } from './domain/run-logs/run-log-captures.js';
import { RunLogFeed } from './domain/run-logs/run-log-feed.js';
import { RunLogsService } from './domain/run-logs/run-logs.js';
import { RunLogRetention, retentionSweepInterval } from './domain/run-logs/retention.js';
import { type HandlerDependencies } from './grpc/handler.js';
import { runLogsHandlers } from './grpc/handlers/run-logs.js';
import { type MikroORM } from './persistence/orm.js';
import { SqlAccessDirectory } from './persistence/stores/access-directory-store.js';
import { SqlRunLogStore } from './persistence/stores/run-log-store.js';

/** Batching of captured output: stored at the latest this long after it was printed, in chunks up to this size. */
const flushIntervalMs = 100;
const maxChunkBytes = 64 * 1024;
/** Unstored output per run past which its source is made to wait. */
const highWaterBytes = 1024 * 1024;

export interface RunLogsModule {
  captures: RunLogCaptures;
  handlers: Pick<ControlPlaneHandlers, 'listRunLogs' | 'watchRunLogs'>;
  start(): void;
  /** Ends live streams and the retention sweep; the launchers store their last output before this. */
  stop(): Promise<void>;
}

/**
 * The secret values of the control-plane's own configuration, as a run could print them: each
 * webhook secret, the internal token, the token encryption key (in both accepted encodings), the
 * database URL and its password.
 */
export function configuredSecretValues(config: ControlPlaneConfig): string[] {
  const values = [
    config.CODEXK8S_INTERNAL_TOKEN,
    ...config.CODEXK8S_GITHUB_WEBHOOK_SECRET,
    config.CODEXK8S_TOKEN_ENCRYPTION_KEY.toString('base64'),
    config.CODEXK8S_TOKEN_ENCRYPTION_KEY.toString('hex'),
    config.DATABASE_URL,
  ];
  try {
    const password = decodeURIComponent(new URL(config.DATABASE_URL).password);
    if (password) values.push(password);
  } catch {
    // An unparseable URL is redacted whole above.
  }
  return values;
}

export function createRunLogsModule(deps: {
  config: ControlPlaneConfig;
  orm: MikroORM;
  logger: Logger;
  metrics: Registry;
  handlerDeps: HandlerDependencies;
  /** Ends live streams whose caller loses access (shared with the run event streams). */
  liveAccess: LiveAccessGuard;
}): RunLogsModule {
  const { config, orm } = deps;
  const logger = deps.logger.child({ component: 'run-logs' });
  const store = new SqlRunLogStore(orm);
  const feed = new RunLogFeed({
    store,
    onError: (error) => logger.warn({ err: error }, 'run log feed poll failed'),
  });
  const captures = new RunLogCaptures({
    store,
    cipher: new AesGcmTokenCipher(config.CODEXK8S_TOKEN_ENCRYPTION_KEY),
    configuredSecrets: configuredSecretValues(config),
    maxBytes: config.CODEXK8S_RUN_LOG_MAX_BYTES,
    flushIntervalMs,
    maxChunkBytes,
    highWaterBytes,
    retryMs: 1_000,
    onStored: (runId) => feed.nudge(runId),
    onError: (error, runId, what) => logger.warn({ err: error, runId }, what),
  });
  const retention = new RunLogRetention({
    store,
    retentionMs: config.CODEXK8S_RUN_LOG_RETENTION,
    intervalMs: retentionSweepInterval(config.CODEXK8S_RUN_LOG_RETENTION),
    onSwept: (deleted) => logger.info({ deleted }, 'expired run logs deleted'),
    onError: (error) => logger.warn({ err: error }, 'run log retention sweep failed'),
  });
  new Gauge({
    name: 'codexk8s_run_log_watched_runs',
    help: 'Runs whose logs this replica is streaming live to at least one watcher',
    registers: [deps.metrics],
    collect() {
      this.set(feed.watchedRuns);
    },
  });
  const service = new RunLogsService({
    directory: new SqlAccessDirectory(orm),
    store,
    feed,
    liveAccess: deps.liveAccess,
  });
  return {
    captures,
    handlers: runLogsHandlers(deps.handlerDeps, service),
    start: () => retention.start(),
    stop: async () => {
      feed.close();
      await retention.stop();
    },
  };
}
