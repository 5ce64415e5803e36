/**
 * edge: reads its configuration, starts the composition root (app.ts) and, on SIGTERM, stops
 * accepting, lets in-flight requests finish, closes the gRPC channel and exits 0.
 */
import { loadConfigOrExit } from '../shared/config/load-config.js';
import { exitOnStopSignal, installGracefulShutdown } from '../shared/lifecycle/graceful-shutdown.js';
import { createLogger } from '../shared/logging/logger.js';
import { startEdge } from './app.js';
import { edgeConfigSchema } from './config.js';

async function main(): Promise<void> {
  exitOnStopSignal('edge');
  const config = loadConfigOrExit(edgeConfigSchema);
  const logger = createLogger('edge', config.LOG_LEVEL);
  const edge = await startEdge(config, logger);
  installGracefulShutdown(logger, edge.stopSteps);
}

main().catch((error: unknown) => {
  process.stderr.write(`edge failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
