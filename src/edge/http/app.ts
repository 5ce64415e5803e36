import express, { type Express, type Request } from 'express';
import { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { type Registry } from 'prom-client';
import * as trpcExpress from '@trpc/server/adapters/express';
import { type ControlPlaneClient } from '../control-plane/client.js';
import { createContextFactory, type SignInOptions, type StaffPrincipal } from '../trpc/context.js';
import { appRouter } from '../trpc/router.js';
import { correlationIdFor } from './correlation.js';
import { healthRoutes } from './health.js';

export interface EdgeAppDependencies {
  logger: Logger;
  metrics: Registry;
  controlPlane: ControlPlaneClient;
  resolvePrincipal: (req: Request) => Promise<StaffPrincipal | null>;
  /** Sign-in methods offered to the SPA (system.signInOptions). */
  signInOptions?: SignInOptions;
  /** Feature routes mounted before tRPC (webhooks, auth); each owns its body parsing. */
  routes?: express.Router[];
  /** Mounted last (the SPA with its index fallback). */
  fallback?: express.Router;
}

/** The edge's HTTP surface. Routes are assembled in main.ts; this only orders them. */
export function createEdgeApp(deps: EdgeAppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: correlationIdFor,
      customProps: (req) => ({ correlationId: req.id }),
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req) => req.url?.startsWith('/health/') === true || req.url === '/metrics' },
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(healthRoutes(deps.controlPlane, deps.metrics));
  for (const route of deps.routes ?? []) app.use(route);
  app.use(
    '/api/trpc',
    trpcExpress.createExpressMiddleware({
      router: appRouter,
      createContext: createContextFactory({
        controlPlane: deps.controlPlane,
        resolvePrincipal: deps.resolvePrincipal,
        signInOptions: deps.signInOptions,
      }),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          deps.logger.error({ err: error.cause ?? error, path }, 'trpc procedure failed');
      },
    }),
  );
  if (deps.fallback) app.use(deps.fallback);
  return app;
}
