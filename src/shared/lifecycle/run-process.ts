import { type Logger } from 'pino';
import { type z } from 'zod';
import { loadConfigOrExit } from '../config/load-config.js';
import { createLogger } from '../logging/logger.js';
import { type Closer, exitOnStopSignal, installGracefulShutdown } from './graceful-shutdown.js';

/** What a process's composition root answers once everything is started. */
export interface StartedProcess {
  /** What SIGTERM runs, in order. */
  stopSteps: Closer[];
}

/**
 * A process's main: its configuration (or one line and exit 78), its logger, its composition root
 * started, then a stop signal runs the root's stop steps and exits 0. A failure to start is one line
 * on stderr and exit 1.
 */
export function runProcess<S extends z.ZodType<{ LOG_LEVEL: string }>>(
  name: string,
  configSchema: S,
  start: (config: z.output<S>, logger: Logger) => Promise<StartedProcess>,
): void {
  const main = async () => {
    exitOnStopSignal(name);
    const config = loadConfigOrExit(configSchema);
    const logger = createLogger(name, config.LOG_LEVEL);
    const started = await start(config, logger);
    installGracefulShutdown(logger, started.stopSteps);
  };
  main().catch((error: unknown) => {
    process.stderr.write(
      `${name} failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
