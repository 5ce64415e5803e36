/**
 * The control-plane's composition root, the only place that wires: config → database → stores →
 * ports of each feature → gRPC handlers and the HTTP server → the loops (dispatcher, log feed,
 * retention). main.ts calls it; everything below it receives what it needs and builds nothing.
 */
import { type Logger } from 'pino';
import { type Registry } from 'prom-client';
import { githubWebhookPath } from '../shared/contract/public-paths.js';
import { closeGracefully, listen } from '../shared/http/listen.js';
import { type StartedProcess } from '../shared/lifecycle/run-process.js';
import { createGrpcCallMetrics, createMetricsRegistry } from '../shared/metrics/registry.js';
import { enableFastPaths } from '../shared/fast-paths/fast-path.js';
import { controlPlaneServiceName } from '../shared/proto/index.js';
import { type ControlPlaneConfig } from './config.js';
import { configuredSecretValues } from './configured-secrets.js';
import { AesGcmTokenCipher } from './crypto/token-cipher.js';
import { RunDispatcher } from './dispatcher/dispatcher.js';
import { createLauncher } from './dispatcher/launchers/index.js';
import { controlPlaneFastPaths } from './fast-paths/index.js';
import { utcTimestampMillis } from './fast-paths/postgres-timestamp-digits.js';
import { LiveAccessGuard } from './domain/access/live-access-guard.js';
import { type GitHubReportsPorts } from './domain/github-reports/ports.js';
import { ReportSender } from './domain/github-reports/report-sender.js';
import { type MembersPorts } from './domain/members/ports.js';
import { type ProjectsPorts } from './domain/projects/ports.js';
import { type RepositoriesPorts } from './domain/repositories/ports.js';
import { removeProjectWebhooks } from './domain/repositories/remove-project-webhooks.js';
import { type RunLogsPorts } from './domain/run-logs/ports.js';
import { RunLogRetention, retentionSweepInterval } from './domain/run-logs/retention.js';
import { RunLogCaptures } from './domain/run-logs/run-log-captures.js';
import { RunLogFeed } from './domain/run-logs/run-log-feed.js';
import { type RunsPorts } from './domain/runs/ports.js';
import { RunEventFeed } from './domain/runs/run-event-feed.js';
import { bootstrapStaff } from './domain/staff-auth/bootstrap-staff.js';
import { type StaffAuthPorts } from './domain/staff-auth/ports.js';
import { type UsersPorts } from './domain/users/ports.js';
import { type AuditPorts } from './domain/audit/ports.js';
import { type DeliveriesPorts } from './domain/deliveries/ports.js';
import { type DeliveryRecoveryPorts } from './domain/delivery-recovery/ports.js';
import { DeliveryRecoveryLoop } from './domain/delivery-recovery/recovery-loop.js';
import { type TriggersPorts } from './domain/triggers/ports.js';
import { type TriggerPolicy } from './domain/triggers/trigger-policy.js';
import { ingestWebhook, webhookIngestBatcher } from './domain/webhooks/ingest-webhook.js';
import { GitHubHookDeliveryLog } from './github/hook-delivery-log.js';
import { GitHubReportRestApi } from './github/report-api.js';
import { GitHubRepositoryApi } from './github/repository-api.js';
import { type HandlerDependencies } from './grpc/handler.js';
import { auditHandlers } from './grpc/handlers/audit.js';
import { deliveriesHandlers } from './grpc/handlers/deliveries.js';
import { membersHandlers } from './grpc/handlers/members.js';
import { projectsHandlers } from './grpc/handlers/projects.js';
import { repositoriesHandlers } from './grpc/handlers/repositories.js';
import { runLogsHandlers } from './grpc/handlers/run-logs.js';
import { runsHandlers } from './grpc/handlers/runs.js';
import { staffAuthHandlers } from './grpc/handlers/staff-auth.js';
import { triggersHandlers } from './grpc/handlers/triggers.js';
import { usersHandlers } from './grpc/handlers/users.js';
import { webhookHandlers, webhookIngestBatchMetrics } from './grpc/handlers/webhooks.js';
import { startGrpcServer } from './grpc/server.js';
import { createControlPlaneHttpServer } from './http/server.js';
import { createDeliveryRecoveryMetrics } from './metrics/delivery-recovery-metrics.js';
import { createGitHubReportMetrics } from './metrics/github-report-metrics.js';
import { createRunLogMetrics } from './metrics/run-log-metrics.js';
import { createRunMetrics } from './metrics/run-metrics.js';
import {
  databaseAnswers,
  migrateUp,
  type MikroORM,
  openDatabase,
  pendingMigrations,
} from './persistence/orm.js';
import { SqlAccessDirectory } from './persistence/stores/access-directory-store.js';
import { SqlAuditTrail } from './persistence/stores/audit-trail-store.js';
import { SqlDeliveryRecoveryStore } from './persistence/stores/delivery-recovery-store.js';
import { SqlAuditLog } from './persistence/stores/audit-log-store.js';
import { SqlDeliveryStore } from './persistence/stores/delivery-store.js';
import { SqlDispatcherStore } from './persistence/stores/dispatcher-store.js';
import { SqlFlowEventSource } from './persistence/stores/flow-event-source.js';
import { SqlGitHubReportStore } from './persistence/stores/github-report-store.js';
import { SqlMemberStore } from './persistence/stores/member-store.js';
import { SqlProjectStore } from './persistence/stores/project-store.js';
import { SqlProjectTriggersStore } from './persistence/stores/project-triggers-store.js';
import { SqlRepositoryStore } from './persistence/stores/repository-store.js';
import { SqlRunLogStore } from './persistence/stores/run-log-store.js';
import { SqlRunRerunStore } from './persistence/stores/run-rerun-store.js';
import { SqlRunStore } from './persistence/stores/run-store.js';
import { SqlStaffAuthStore } from './persistence/stores/staff-auth-store.js';
import { usePostgresTimestampParser } from './persistence/stores/timestamps.js';
import { SqlTransactor } from './persistence/stores/transactor.js';
import { SqlUserStore } from './persistence/stores/user-store.js';
import { SqlWebhookIngestStore } from './persistence/stores/webhook-ingest-store.js';
import { unitOfWorkRunner } from './persistence/unit-of-work.js';

/** Open live streams (run events, run logs) re-read their callers' access this often, in one query for all. */
const liveAccessIntervalMs = 2_000;
/** New flow events of watched runs are looked for this often (SPEC: delivered within 1 s of commit). */
const runEventPollMs = 250;
/** Captured output is stored at the latest this long after it was printed, in chunks up to this size. */
const logFlushIntervalMs = 100;
const logMaxChunkBytes = 64 * 1024;
/** Unstored output per run past which its source is made to wait. */
const logHighWaterBytes = 1024 * 1024;
const logStoreRetryMs = 1_000;
/** A walker of a repository's delivery log holds it this long, renewed after every page. */
const recoveryLeaseMs = 5 * 60_000;
/** GitHub reports leased per sender tick, and how long a lease lasts (far beyond a send's 10 s timeout). */
const reportBatchSize = 20;
const reportLeaseMs = 60_000;

/** Opens the database (migrating or refusing to start with pending migrations), then wires and starts everything. */
export async function startControlPlane(config: ControlPlaneConfig, logger: Logger): Promise<StartedProcess> {
  const metrics = createMetricsRegistry('control-plane');
  const fastPaths = enableFastPaths(controlPlaneFastPaths, config.CODEXK8S_FAST_PATHS, logger);
  if (fastPaths.has('postgres-timestamp-digits')) usePostgresTimestampParser(utcTimestampMillis);
  const orm = await openMigratedDatabase(config, logger);
  const handlerDeps: HandlerDependencies = { logger, runInContext: unitOfWorkRunner(orm) };

  const directory = new SqlAccessDirectory(orm);
  const audit = new SqlAuditTrail(orm);
  const transactor = new SqlTransactor(orm);
  const cipher = new AesGcmTokenCipher(config.CODEXK8S_TOKEN_ENCRYPTION_KEY);
  const liveAccess = new LiveAccessGuard({
    source: directory,
    intervalMs: liveAccessIntervalMs,
    onError: (error) => logger.warn({ err: error }, 'live stream access re-check failed'),
  });

  const staffAuth: StaffAuthPorts = { users: new SqlStaffAuthStore(orm) };
  // Before serving: the allowlist must exist before anyone can sign in (idempotent, SPEC §5).
  const bootstrapped = await handlerDeps.runInContext(() =>
    bootstrapStaff(staffAuth, {
      ownerEmail: config.CODEXK8S_BOOTSTRAP_OWNER_EMAIL,
      allowedEmails: config.CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS,
      adminEmails: config.CODEXK8S_BOOTSTRAP_PLATFORM_ADMIN_EMAILS,
    }),
  );
  logger.info(bootstrapped, 'staff bootstrap applied');

  const recoveryStore = new SqlDeliveryRecoveryStore(orm);
  const repositories: RepositoriesPorts = {
    directory,
    repositories: new SqlRepositoryStore(orm),
    github: githubRepositoryApi(config),
    cipher,
    audit,
    transactor,
    recoveryStates: recoveryStore,
  };
  const projects: ProjectsPorts = {
    directory,
    projects: new SqlProjectStore(orm),
    webhooks: {
      removeProjectWebhooks: (projectId, warn) => removeProjectWebhooks(repositories, { projectId, warn }),
    },
    audit,
    transactor,
    learningModeDefault: config.CODEXK8S_LEARNING_MODE_DEFAULT,
  };
  const users: UsersPorts = { directory, users: new SqlUserStore(orm), audit, transactor };
  const members: MembersPorts = { directory, members: new SqlMemberStore(orm), audit, transactor };

  const runLogs = wireRunLogs(config, orm, logger, metrics, liveAccess);
  const runs = wireRuns(config, orm, logger, metrics, liveAccess, runLogs.captures);
  const reportSender = wireGitHubReports(config, orm, logger, metrics, cipher);

  const platformTriggers = triggerDefaults(config);
  const triggers: TriggersPorts = {
    directory,
    triggers: new SqlProjectTriggersStore(orm),
    audit,
    transactor,
    platformDefaults: platformTriggers,
  };
  const deliveries: DeliveriesPorts = { directory, deliveries: new SqlDeliveryStore(orm) };
  const auditLog: AuditPorts = { directory, auditLog: new SqlAuditLog(orm) };
  // Concurrent deliveries share a batch: one read of what the trigger rules need, one write.
  const webhookIngest = webhookIngestBatcher({
    store: new SqlWebhookIngestStore(orm),
    defaults: { triggers: platformTriggers, learningModeDefault: config.CODEXK8S_LEARNING_MODE_DEFAULT },
    onBatch: webhookIngestBatchMetrics(metrics),
  });
  // Missed deliveries (SPEC §14): recovered through the same ingest as signed ones.
  const deliveryRecovery: DeliveryRecoveryPorts = {
    directory,
    repositories: repositories.repositories,
    recovery: recoveryStore,
    deliveryLog: new GitHubHookDeliveryLog({
      baseUrl: config.CODEXK8S_GITHUB_API_BASE_URL,
      perPage: config.CODEXK8S_DELIVERY_RECOVERY_PAGE_SIZE,
    }),
    cipher,
    ingest: (delivery) => ingestWebhook({ batcher: webhookIngest }, delivery),
    audit,
    transactor,
    metrics: createDeliveryRecoveryMetrics(metrics),
    log: logger.child({ component: 'delivery-recovery' }),
    lookbackMs: config.CODEXK8S_DELIVERY_RECOVERY_LOOKBACK,
    leaseMs: recoveryLeaseMs,
    now: () => new Date(),
  };
  const recoveryLoop = new DeliveryRecoveryLoop(deliveryRecovery, {
    intervalMs: config.CODEXK8S_DELIVERY_RECOVERY_INTERVAL,
    onError: (error) => logger.warn({ err: error }, 'delivery recovery pass failed'),
  });

  const grpcServer = await startGrpcServer({
    address: config.CODEXK8S_CONTROL_PLANE_GRPC_ADDR,
    internalToken: config.CODEXK8S_INTERNAL_TOKEN,
    handlers: {
      ...staffAuthHandlers(handlerDeps, staffAuth),
      ...webhookHandlers(handlerDeps, webhookIngest),
      ...projectsHandlers(handlerDeps, projects),
      ...triggersHandlers(handlerDeps, triggers),
      ...deliveriesHandlers(handlerDeps, deliveries),
      ...auditHandlers(handlerDeps, auditLog),
      ...usersHandlers(handlerDeps, users),
      ...membersHandlers(handlerDeps, members),
      ...repositoriesHandlers(handlerDeps, repositories, {
        ports: deliveryRecovery,
        walker: recoveryLoop.owner,
      }),
      ...runsHandlers(handlerDeps, runs.ports),
      ...runLogsHandlers(handlerDeps, runLogs.ports),
    },
    logger,
    metrics: createGrpcCallMetrics(metrics, 'server'),
    widenConnectionWindow: fastPaths.has('grpc-connection-window'),
  });
  const httpServer = createControlPlaneHttpServer({ metrics, isReady: () => databaseAnswers(orm) });
  const httpPort = await listen(httpServer, config.CODEXK8S_CONTROL_PLANE_HTTP_ADDR);

  grpcServer.health.setStatus('', 'SERVING');
  grpcServer.health.setStatus(controlPlaneServiceName, 'SERVING');
  logger.info({ grpcPort: grpcServer.port, httpPort }, 'control-plane started');
  runs.dispatcher?.start();
  runLogs.retention.start();
  recoveryLoop.start();
  reportSender?.start();

  return {
    stopSteps: [
      // A walk in progress stops at its next delivery and releases its lease.
      () => recoveryLoop.stop(),
      // The dispatcher first: its launchers store the runs' last output before the log feed ends.
      async () => {
        runs.events.close();
        await runs.dispatcher?.stop();
      },
      () => reportSender?.stop(),
      async () => {
        runLogs.feed.close();
        await runLogs.retention.stop();
      },
      () => liveAccess.close(),
      () => grpcServer.shutdown(),
      () => closeGracefully(httpServer),
      () => orm.close(),
    ],
  };
}

/** The database, migrated on start when CODEXK8S_MIGRATE_ON_START, else refused while migrations are pending. */
async function openMigratedDatabase(config: ControlPlaneConfig, logger: Logger): Promise<MikroORM> {
  const orm = await openDatabase({
    url: config.DATABASE_URL,
    poolMax: config.CODEXK8S_DATABASE_POOL_MAX,
    log: (message) => logger.debug(message),
  });
  if (config.CODEXK8S_MIGRATE_ON_START) {
    const applied = await migrateUp(orm);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    return orm;
  }
  const pending = await pendingMigrations(orm);
  if (pending.length > 0) {
    await orm.close();
    throw new Error(
      `${pending.length} pending migration(s) (${pending.join(', ')}): run npm run migrate first`,
    );
  }
  return orm;
}

/** CODEXK8S_TRIGGER_*: the platform's trigger policy (SPEC §11). */
function triggerDefaults(config: ControlPlaneConfig): TriggerPolicy {
  return {
    labelPrefix: config.CODEXK8S_TRIGGER_LABEL_PREFIX,
    command: config.CODEXK8S_TRIGGER_COMMAND,
    events: config.CODEXK8S_TRIGGER_EVENTS,
    trustedAssociations: config.CODEXK8S_TRIGGER_TRUSTED_ASSOCIATIONS,
  };
}

function githubRepositoryApi(config: ControlPlaneConfig): GitHubRepositoryApi {
  const [webhookSecret] = config.CODEXK8S_GITHUB_WEBHOOK_SECRET;
  if (webhookSecret === undefined) throw new Error('CODEXK8S_GITHUB_WEBHOOK_SECRET: is required');
  return new GitHubRepositoryApi({
    baseUrl: config.CODEXK8S_GITHUB_API_BASE_URL,
    webhookUrl: `${config.CODEXK8S_PUBLIC_BASE_URL}${githubWebhookPath}`,
    webhookSecret,
    events: config.CODEXK8S_GITHUB_WEBHOOK_EVENTS,
  });
}

/** Run logs (SPEC §12): the captures the launchers write into, the live feed, the retention sweep. */
function wireRunLogs(
  config: ControlPlaneConfig,
  orm: MikroORM,
  parentLogger: Logger,
  metrics: Registry,
  liveAccess: LiveAccessGuard,
) {
  const logger = parentLogger.child({ component: 'run-logs' });
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
    flushIntervalMs: logFlushIntervalMs,
    maxChunkBytes: logMaxChunkBytes,
    highWaterBytes: logHighWaterBytes,
    retryMs: logStoreRetryMs,
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
  createRunLogMetrics(metrics, () => feed.watchedRuns);
  const ports: RunLogsPorts = { directory: new SqlAccessDirectory(orm), logs: store, feed, liveAccess };
  return { ports, captures, feed, retention };
}

/** Runs (SPEC §6, §7): the live event feed, the launcher and the dispatcher when this replica runs one. */
function wireRuns(
  config: ControlPlaneConfig,
  orm: MikroORM,
  logger: Logger,
  metrics: Registry,
  liveAccess: LiveAccessGuard,
  captures: RunLogCaptures,
) {
  const dispatcherStore = new SqlDispatcherStore(orm);
  const events = new RunEventFeed({
    source: new SqlFlowEventSource(orm),
    intervalMs: runEventPollMs,
    onError: (error) => logger.warn({ err: error }, 'run event feed poll failed'),
  });
  const runMetrics = createRunMetrics(
    metrics,
    () => dispatcherStore.countSlotsByState(),
    () => events.watchedRuns,
  );
  const launcher = config.CODEXK8S_WORKER_ENABLED
    ? createLauncher(config, captures, (error, runId) =>
        logger.warn({ err: error, runId }, 'run log capture problem'),
      )
    : null;
  const ports: RunsPorts = {
    directory: new SqlAccessDirectory(orm),
    runs: new SqlRunStore(orm),
    reruns: new SqlRunRerunStore(orm),
    events,
    liveAccess,
    launcher,
    dispatcher: dispatcherStore,
    slotsPerProject: config.CODEXK8S_WORKER_SLOTS_PER_PROJECT,
    recordTransition: runMetrics.recordTransition,
    log: logger.child({ component: 'dispatcher' }),
  };
  const dispatcher = ports.launcher
    ? new RunDispatcher(
        { ...ports, launcher: ports.launcher },
        {
          pollIntervalMs: config.CODEXK8S_WORKER_POLL_INTERVAL,
          claimLimit: config.CODEXK8S_WORKER_CLAIM_LIMIT,
          slotsPerProject: config.CODEXK8S_WORKER_SLOTS_PER_PROJECT,
          leaseTtlMs: config.CODEXK8S_WORKER_SLOT_LEASE_TTL,
          learningModeDefault: config.CODEXK8S_LEARNING_MODE_DEFAULT,
          observeTick: (seconds, result) => runMetrics.tickDuration.observe({ result }, seconds),
        },
      )
    : null;
  return { ports, events, dispatcher };
}

/** GitHub feedback (SPEC §13): the outbox's sender and its metrics; no sender when the interval is 0. */
function wireGitHubReports(
  config: ControlPlaneConfig,
  orm: MikroORM,
  parentLogger: Logger,
  metrics: Registry,
  cipher: AesGcmTokenCipher,
): ReportSender | null {
  const logger = parentLogger.child({ component: 'github-reports' });
  const store = new SqlGitHubReportStore(orm);
  const reportMetrics = createGitHubReportMetrics(metrics, () => store.pendingSummary());
  if (config.CODEXK8S_GITHUB_REPORT_INTERVAL === 0) return null;
  const ports: GitHubReportsPorts = {
    reports: store,
    github: new GitHubReportRestApi({ baseUrl: config.CODEXK8S_GITHUB_API_BASE_URL }),
    cipher,
    publicBaseUrl: config.CODEXK8S_PUBLIC_BASE_URL,
  };
  return new ReportSender(ports, {
    intervalMs: config.CODEXK8S_GITHUB_REPORT_INTERVAL,
    batchSize: reportBatchSize,
    leaseMs: reportLeaseMs,
    onTick: (result) => {
      reportMetrics.recordTick(result);
      if (result.failed > 0 || result.retried > 0) logger.info(result, 'github reports handled');
    },
    onError: (error) => logger.warn({ err: error }, 'github report sender tick failed'),
  });
}
