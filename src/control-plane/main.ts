/**
 * control-plane: wiring only. config → logger/metrics → database → domain services →
 * gRPC + HTTP servers → dispatcher; SIGTERM drains them in reverse.
 */
import { loadConfigOrExit } from '../shared/config/load-config.js';
import { closeGracefully, listen } from '../shared/http/listen.js';
import { exitOnStopSignal, installGracefulShutdown } from '../shared/lifecycle/graceful-shutdown.js';
import { createLogger } from '../shared/logging/logger.js';
import { createGrpcCallMetrics, createMetricsRegistry } from '../shared/metrics/registry.js';
import { controlPlaneServiceName, type ControlPlaneHandlers } from '../shared/proto/index.js';
import { enableFastPaths } from '../shared/fast-paths/fast-path.js';
import { controlPlaneConfigSchema } from './config.js';
import { controlPlaneFastPaths } from './fast-paths/index.js';
import { startGrpcServer } from './grpc/server.js';
import { type HandlerDependencies } from './grpc/handler.js';
import { createControlPlaneHttpServer } from './http/server.js';
import { databaseAnswers, migrateUp, openDatabase, pendingMigrations } from './persistence/orm.js';
import { unitOfWorkRunner } from './persistence/unit-of-work.js';
import { StaffAuthService } from './domain/staff-auth/staff-auth-service.js';
import { SqlStaffAuthStore } from './persistence/stores/staff-auth-store.js';
import { staffAuthHandlers } from './grpc/handlers/staff-auth.js';
import { WebhookIngest } from './domain/webhooks/ingest-webhook.js';
import { SqlWebhookIngestStore } from './persistence/stores/webhook-ingest-store.js';
import { webhookHandlers, webhookIngestBatchMetrics } from './grpc/handlers/webhooks.js';
import { LiveAccessGuard } from './domain/access/live-access-guard.js';
import { SqlAccessDirectory } from './persistence/stores/access-directory-store.js';
import { createRunsModule } from './dispatcher/runs-module.js';
import { createRunLogsModule } from './run-logs-module.js';
import { createStaffApiHandlers } from './staff-api.js';

async function main(): Promise<void> {
  exitOnStopSignal('control-plane');
  const config = loadConfigOrExit(controlPlaneConfigSchema);
  const logger = createLogger('control-plane', config.LOG_LEVEL);
  const metrics = createMetricsRegistry('control-plane');
  const fastPaths = enableFastPaths(controlPlaneFastPaths, config.CODEXK8S_FAST_PATHS, logger);

  const orm = await openDatabase({
    url: config.DATABASE_URL,
    poolMax: config.CODEXK8S_DATABASE_POOL_MAX,
    log: (message) => logger.debug(message),
  });
  if (config.CODEXK8S_MIGRATE_ON_START) {
    const applied = await migrateUp(orm);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  } else {
    const pending = await pendingMigrations(orm);
    if (pending.length > 0) {
      process.stderr.write(
        `control-plane: ${pending.length} pending migration(s) (${pending.join(', ')}): run npm run migrate first\n`,
      );
      await orm.close();
      process.exit(1);
    }
  }
  const handlerDeps: HandlerDependencies = { logger, runInContext: unitOfWorkRunner(orm) };

  // Domain services and their gRPC handlers, one group per feature.
  const handlers: Partial<ControlPlaneHandlers> = {};

  const staffAuth = new StaffAuthService(new SqlStaffAuthStore(orm));
  // Before serving: the allowlist must exist before anyone can sign in (idempotent, SPEC §5).
  const bootstrapped = await handlerDeps.runInContext(() =>
    staffAuth.bootstrap({
      ownerEmail: config.CODEXK8S_BOOTSTRAP_OWNER_EMAIL,
      allowedEmails: config.CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS,
      adminEmails: config.CODEXK8S_BOOTSTRAP_PLATFORM_ADMIN_EMAILS,
    }),
  );
  logger.info(bootstrapped, 'staff bootstrap applied');
  Object.assign(handlers, staffAuthHandlers(handlerDeps, staffAuth));
  const webhookIngest = new WebhookIngest(new SqlWebhookIngestStore(orm), {
    learningModeDefault: config.CODEXK8S_LEARNING_MODE_DEFAULT,
    onBatch: webhookIngestBatchMetrics(metrics),
  });
  Object.assign(handlers, webhookHandlers(handlerDeps, webhookIngest));

  Object.assign(handlers, createStaffApiHandlers({ config, orm, handlerDeps }));

  // Open live streams (run events, run logs) re-read their caller's access in one query for all of
  // them: a user deleted or removed from a project stops receiving within about this long.
  const liveAccess = new LiveAccessGuard({
    source: new SqlAccessDirectory(orm),
    intervalMs: 2_000,
    onError: (error) => logger.warn({ err: error }, 'live stream access re-check failed'),
  });
  const runLogs = createRunLogsModule({ config, orm, logger, metrics, handlerDeps, liveAccess });
  Object.assign(handlers, runLogs.handlers);
  const runs = createRunsModule({
    config,
    orm,
    logger,
    metrics,
    handlerDeps,
    runLogs: runLogs.captures,
    liveAccess,
  });
  Object.assign(handlers, runs.handlers);

  const grpcServer = await startGrpcServer({
    address: config.CODEXK8S_CONTROL_PLANE_GRPC_ADDR,
    internalToken: config.CODEXK8S_INTERNAL_TOKEN,
    handlers,
    logger,
    metrics: createGrpcCallMetrics(metrics, 'server'),
    widenConnectionWindow: fastPaths.has('grpc-connection-window'),
  });

  const httpServer = createControlPlaneHttpServer({ metrics, isReady: () => databaseAnswers(orm) });
  const httpPort = await listen(httpServer, config.CODEXK8S_CONTROL_PLANE_HTTP_ADDR);

  grpcServer.health.setStatus('', 'SERVING');
  grpcServer.health.setStatus(controlPlaneServiceName, 'SERVING');
  logger.info({ grpcPort: grpcServer.port, httpPort }, 'control-plane started');
  runs.start();
  runLogs.start();

  installGracefulShutdown(logger, [
    // The dispatcher first: its launchers store the runs' last output before the log feed ends.
    () => runs.stop(),
    () => runLogs.stop(),
    () => liveAccess.close(),
    () => grpcServer.shutdown(),
    () => closeGracefully(httpServer),
    () => orm.close(),
  ]);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `control-plane failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
