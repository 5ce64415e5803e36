/**
 * control-plane: reads its configuration, starts the composition root (app.ts) and, on SIGTERM,
 * runs its stop steps in order.
 */
import { loadConfigOrExit } from '../shared/config/load-config.js';
import { exitOnStopSignal, installGracefulShutdown } from '../shared/lifecycle/graceful-shutdown.js';
import { createLogger } from '../shared/logging/logger.js';
import { startControlPlane } from './app.js';
import { controlPlaneConfigSchema } from './config.js';

async function main(): Promise<void> {
  exitOnStopSignal('control-plane');
  const config = loadConfigOrExit(controlPlaneConfigSchema);
  const logger = createLogger('control-plane', config.LOG_LEVEL);
  const controlPlane = await startControlPlane(config, logger);
  installGracefulShutdown(logger, controlPlane.stopSteps);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `control-plane failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
