/**
 * control-plane: wiring only. config → logger/metrics → database → domain services →
 * gRPC + HTTP servers → dispatcher; SIGTERM drains them in reverse.
 */
import { loadConfigOrExit } from '../shared/config/load-config.js';
import { closeGracefully, listen } from '../shared/http/listen.js';
import { installGracefulShutdown } from '../shared/lifecycle/graceful-shutdown.js';
import { createLogger } from '../shared/logging/logger.js';
import { createGrpcCallMetrics, createMetricsRegistry } from '../shared/metrics/registry.js';
import { controlPlaneServiceName } from '../shared/proto/index.js';
import { controlPlaneConfigSchema } from './config.js';
import { startGrpcServer } from './grpc/server.js';
import { createControlPlaneHttpServer } from './http/server.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit(controlPlaneConfigSchema);
  const logger = createLogger('control-plane', config.LOG_LEVEL);
  const metrics = createMetricsRegistry('control-plane');

  const grpcServer = await startGrpcServer({
    address: config.CODEXK8S_CONTROL_PLANE_GRPC_ADDR,
    internalToken: config.CODEXK8S_INTERNAL_TOKEN,
    handlers: {},
    logger,
    metrics: createGrpcCallMetrics(metrics, 'server'),
  });

  const httpServer = createControlPlaneHttpServer({ metrics, isReady: async () => true });
  const httpPort = await listen(httpServer, config.CODEXK8S_CONTROL_PLANE_HTTP_ADDR);

  grpcServer.health.setStatus('', 'SERVING');
  grpcServer.health.setStatus(controlPlaneServiceName, 'SERVING');
  logger.info({ grpcPort: grpcServer.port, httpPort }, 'control-plane started');

  installGracefulShutdown(logger, [() => grpcServer.shutdown(), () => closeGracefully(httpServer)]);
}

main().catch((error: unknown) => {
  process.stderr.write(`control-plane failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
