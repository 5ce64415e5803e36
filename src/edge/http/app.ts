import { type IncomingMessage, type RequestListener } from 'node:http';
import express, { type Express } from 'express';
import { type Logger } from 'pino';
import { type Registry } from 'prom-client';
import { metricsRoute } from '../../shared/metrics/metrics-route.js';
import { type ControlPlaneClient } from '../control-plane/client.js';
import { createContextFactory, type SignInOptions, type StaffSession } from '../trpc/context.js';
import { appRouter } from '../trpc/router.js';
import { healthRoutes } from './health.js';
import { dispatchAheadOfExpress, type FastRoute } from '../fast-paths/routes-ahead-of-express.js';
import { installLazyRequestLogger, startRequestLog } from './request-log.js';
import { createTrpcRequestListener, type TrpcFastPaths } from './trpc-handler.js';

/** Which of the edge's fast paths serve requests (src/edge/fast-paths; all off under CODEXK8S_FAST_PATHS=false). */
export interface EdgeRequestFastPaths extends TrpcFastPaths {
  routesAheadOfExpress: boolean;
}

export interface EdgeAppDependencies {
  logger: Logger;
  metrics: Registry;
  /** False when /metrics has a listener of its own (CODEXK8S_METRICS_ADDR): the public one then answers 404. */
  metricsOnPublicListener: boolean;
  /** Origins browsers may send mutations from (CODEXK8S_PUBLIC_BASE_URL's, see same-origin.ts). */
  allowedOrigins: ReadonlySet<string>;
  /** CODEXK8S_TRPC_MAX_BODY_BYTES. */
  trpcMaxBodyBytes: number;
  controlPlane: ControlPlaneClient;
  resolveSession: (req: IncomingMessage) => Promise<StaffSession | null>;
  /** Sign-in methods offered to the SPA (system.signInOptions). */
  signInOptions?: SignInOptions;
  /** Feature routes mounted before tRPC (webhooks, auth); each owns its body parsing. */
  routes?: express.Router[];
  /** Mounted last (the SPA with its index fallback). */
  fallback?: express.Router;
  /** Hot routes dispatched ahead of express (the webhook) when that fast path is on; also mount them in `routes`. */
  fastRoutes?: FastRoute[];
  fastPaths: EdgeRequestFastPaths;
}

/** Where the staff API lives (SPEC §6): `/api/trpc/<procedure>`. */
export const trpcBasePath = '/api/trpc/';

/** Calls one tRPC batch may hold (SPEC §15); the console batches a page's few queries. */
export const trpcMaxBatchCalls = 16;

/**
 * The edge's request listener: the request log line and correlation id for every request, then
 * either the fast routes, the tRPC API and express in turn (routes-ahead-of-express), or express
 * alone with the tRPC API mounted in it.
 */
export function createEdgeRequestListener(deps: EdgeAppDependencies): RequestListener {
  const trpc = createTrpcHandler(deps);
  const serve = deps.fastPaths.routesAheadOfExpress
    ? dispatchAheadOfExpress(deps.fastRoutes ?? [], trpcBasePath, trpc, createEdgeApp(deps))
    : createEdgeApp(deps, trpc);
  return (req, res) => {
    startRequestLog(deps.logger, req, res);
    serve(req, res);
  };
}

function createTrpcHandler(deps: EdgeAppDependencies): RequestListener {
  return createTrpcRequestListener(
    {
      router: appRouter,
      basePath: trpcBasePath,
      createContext: createContextFactory({
        controlPlane: deps.controlPlane,
        resolveSession: deps.resolveSession,
        signInOptions: deps.signInOptions,
      }),
      onError: (error, path) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          deps.logger.error({ err: error.cause ?? error, path }, 'trpc procedure failed');
      },
    },
    {
      maxBodyBytes: deps.trpcMaxBodyBytes,
      maxBatchCalls: trpcMaxBatchCalls,
      allowedOrigins: deps.allowedOrigins,
    },
    deps.fastPaths,
  );
}

/**
 * The express part of the edge's HTTP surface. Routes are assembled in main.ts; this only orders
 * them. Requests reach it through createEdgeRequestListener, which has already logged and
 * correlated them (`req.id`; `req.log` is made on first use). `trpc`, when given, serves the tRPC
 * API from inside express (the fast paths off).
 */
export function createEdgeApp(deps: EdgeAppDependencies, trpc?: RequestListener): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  installLazyRequestLogger(app.request);
  app.use(healthRoutes(deps.controlPlane));
  if (deps.metricsOnPublicListener) app.use(metricsRoute(deps.metrics));
  for (const route of deps.routes ?? []) app.use(route);
  // Not `app.use(trpcBasePath, …)`: that would strip the base path from `req.url`, which tRPC reads.
  if (trpc) app.use((req, res, next) => (req.url.startsWith(trpcBasePath) ? trpc(req, res) : next()));
  if (deps.fallback) app.use(deps.fallback);
  return app;
}
