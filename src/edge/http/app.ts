import { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import express, { type Express } from 'express';
import { type Logger } from 'pino';
import { type Registry } from 'prom-client';
import { metricsRoute } from '../../shared/metrics/metrics-route.js';
import { type ControlPlaneClient } from '../control-plane/client.js';
import { createContextFactory, type SignInOptions, type StaffSession } from '../trpc/context.js';
import { appRouter } from '../trpc/router.js';
import { healthRoutes } from './health.js';
import { installLazyRequestLogger, startRequestLog } from './request-log.js';
import { createTrpcRequestListener } from './trpc-handler.js';

/** A route answered before express sees the request: exact method and path (query strings go to express). */
export interface FastRoute {
  method: string;
  path: string;
  handle: (req: IncomingMessage, res: ServerResponse) => void;
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
  /** Hot routes dispatched ahead of express (the webhook); also mount an express variant in `routes`. */
  fastRoutes?: FastRoute[];
}

/** Where the staff API lives (SPEC §6): `/api/trpc/<procedure>`. */
export const trpcBasePath = '/api/trpc/';

/** Calls one tRPC batch may hold (SPEC §15); the console batches a page's few queries. */
export const trpcMaxBatchCalls = 16;

/**
 * The edge's request listener: the request log line and correlation id for every request, then
 * the fast routes by exact match, then the tRPC API by prefix, then express for everything else.
 * tRPC gets Node's own request and response: express's routing and request decoration cost more
 * than the rest of a small query.
 */
export function createEdgeRequestListener(deps: EdgeAppDependencies): RequestListener {
  const app = createEdgeApp(deps);
  const trpc = createTrpcHandler(deps);
  const fast = new Map(
    (deps.fastRoutes ?? []).map((route) => [`${route.method} ${route.path}`, route.handle]),
  );
  return (req, res) => {
    startRequestLog(deps.logger, req, res);
    const url = req.url ?? '';
    const handle = fast.size > 0 ? fast.get(`${req.method ?? ''} ${url}`) : undefined;
    if (handle) handle(req, res);
    else if (url.startsWith(trpcBasePath)) trpc(req, res);
    else app(req, res);
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
  );
}

/**
 * The express part of the edge's HTTP surface. Routes are assembled in main.ts; this only orders
 * them. Requests reach it through createEdgeRequestListener, which has already logged and
 * correlated them (`req.id`; `req.log` is made on first use).
 */
export function createEdgeApp(deps: EdgeAppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  installLazyRequestLogger(app.request);
  app.use(healthRoutes(deps.controlPlane));
  if (deps.metricsOnPublicListener) app.use(metricsRoute(deps.metrics));
  for (const route of deps.routes ?? []) app.use(route);
  if (deps.fallback) app.use(deps.fallback);
  return app;
}
