import { type Logger } from 'pino';

export type Closer = () => Promise<void> | void;

/**
 * On SIGTERM/SIGINT: run the closers in order (stop accepting, drain in-flight work, close
 * resources), then exit 0. A second signal or a stuck closer past `timeoutMs` exits 1.
 */
export function installGracefulShutdown(logger: Logger, closers: Closer[], timeoutMs = 25_000): void {
  let shuttingDown = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      logger.warn({ signal }, 'second signal during shutdown, exiting now');
      process.exit(1);
    }
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    try {
      for (const close of closers) await close();
      logger.info('shutdown complete');
      logger.flush?.();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', (signal) => void shutdown(signal));
  process.on('SIGINT', (signal) => void shutdown(signal));
}
