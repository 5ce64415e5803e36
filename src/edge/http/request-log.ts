import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Logger } from 'pino';
import { correlationIdFor } from './correlation.js';

declare module 'http' {
  interface IncomingMessage {
    /** The request's correlation id (see correlation.ts), set by the request log before any route. */
    id: string;
    /** A child logger carrying the correlation id; created on first use (most requests never log). */
    log: Logger;
  }
}

const baseLoggerKey = Symbol('codexk8s.requestBaseLogger');
const childLoggerKey = Symbol('codexk8s.requestLogger');

interface LoggedRequest extends IncomingMessage {
  [baseLoggerKey]?: Logger;
  [childLoggerKey]?: Logger;
}

/**
 * Gives every request that `prototype` builds a lazy `log`: the child logger costs an object and
 * a bindings serialisation, and only a handful of routes (sign-in, failures) ever write through it.
 */
export function installLazyRequestLogger(prototype: object): void {
  Object.defineProperty(prototype, 'log', {
    configurable: true,
    get(this: LoggedRequest): Logger {
      return requestLogger(this);
    },
    set(this: LoggedRequest, value: Logger) {
      this[childLoggerKey] = value;
    },
  });
}

/** The request's child logger (with its correlation id), made on first use. */
export function requestLogger(req: IncomingMessage): Logger {
  const logged = req as LoggedRequest;
  let child = logged[childLoggerKey];
  if (!child) {
    const base = logged[baseLoggerKey];
    if (!base) throw new Error('a request logger asked for on a request the request log did not see');
    child = base.child({ correlationId: logged.id });
    logged[childLoggerKey] = child;
  }
  return child;
}

/** Paths polled by probes and Prometheus: answered, never logged. */
function unlogged(url: string | undefined): boolean {
  return url !== undefined && (url.startsWith('/health/') || url === '/metrics');
}

/**
 * One JSON line per request (SPEC: logs carry the correlation id), written when the response is
 * done; replaces pino-http, whose per-request child logger and serializers cost more than the
 * line itself. Also assigns `req.id` and echoes it as X-Correlation-Id.
 */
export function startRequestLog(logger: Logger, req: IncomingMessage, res: ServerResponse): void {
  const id = correlationIdFor(req, res);
  req.id = id;
  (req as LoggedRequest)[baseLoggerKey] = logger;
  const url = req.url;
  if (unlogged(url)) return;
  const method = req.method;
  // The OAuth callback's query carries the authorization code and state: log paths, never queries.
  const path = url?.split('?', 1)[0];
  const startedAt = performance.now();
  // 'close' follows 'finish' on a completed response and alone marks an abandoned one (SSE
  // streams end that way), so one listener covers both.
  res.once('close', () => {
    const status = res.statusCode;
    const completed = res.writableFinished;
    const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
    logger[level](
      {
        correlationId: id,
        req: { method, url: path },
        res: { statusCode: status },
        responseTime: Math.round(performance.now() - startedAt),
      },
      completed ? 'request completed' : 'request aborted',
    );
  });
}
