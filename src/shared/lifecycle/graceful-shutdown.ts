import { constants } from 'node:os';
import { type Logger } from 'pino';

export type Closer = () => Promise<void> | void;

const stopSignals = ['SIGTERM', 'SIGINT'] as const;
type StopSignal = (typeof stopSignals)[number];

/** Listeners of `exitOnStopSignal`, removed once the graceful handlers take over. */
const startupListeners = new Map<StopSignal, () => void>();

/**
 * In a container the process is PID 1, which the kernel spares every signal it has no handler for:
 * without a listener, SIGTERM during start-up (waiting for PostgreSQL, migrating) would be ignored
 * until the orchestrator's SIGKILL. Until `installGracefulShutdown` replaces it there is nothing to
 * drain, so a stop signal exits at once with 128 + its number (the work did not complete).
 */
export function exitOnStopSignal(processName: string): void {
  for (const signal of stopSignals) {
    if (startupListeners.has(signal)) continue;
    const listener = () => {
      process.stderr.write(`${processName}: ${signal} received, exiting before the work completed\n`);
      process.exit(128 + constants.signals[signal]);
    };
    startupListeners.set(signal, listener);
    process.on(signal, listener);
  }
}

/**
 * On SIGTERM/SIGINT: run the closers in order (stop accepting, drain in-flight work, close
 * resources), then exit 0. A second signal or a stuck closer past `timeoutMs` exits 1.
 */
export function installGracefulShutdown(logger: Logger, closers: Closer[], timeoutMs = 25_000): void {
  let shuttingDown = false;
  const exit = (code: number) => {
    // pino writes asynchronously: exit once the last lines are out, so "shutting down" is never lost.
    const timer = setTimeout(() => process.exit(code), 1_000);
    timer.unref();
    logger.flush(() => process.exit(code));
  };
  const shutdown = async (signal: StopSignal) => {
    if (shuttingDown) {
      logger.warn({ signal }, 'second signal during shutdown, exiting now');
      exit(1);
      return;
    }
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out');
      exit(1);
    }, timeoutMs);
    timer.unref();
    try {
      for (const close of closers) await close();
      logger.info('shutdown complete');
      exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      exit(1);
    }
  };
  for (const signal of stopSignals) {
    const startup = startupListeners.get(signal);
    if (startup) process.off(signal, startup);
    startupListeners.delete(signal);
    process.on(signal, () => void shutdown(signal));
  }
}
