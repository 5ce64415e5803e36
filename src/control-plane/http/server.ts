import { createServer, type Server } from 'node:http';
import express from 'express';
import { type Registry } from 'prom-client';
import { metricsRoute } from '../../shared/metrics/metrics-route.js';

export interface ControlPlaneHttpOptions {
  metrics: Registry;
  /** Resolves true when the process can serve (PostgreSQL answers). */
  isReady: () => Promise<boolean>;
}

/** Health and metrics only: the control-plane's API is gRPC. */
export function createControlPlaneHttpServer(options: ControlPlaneHttpOptions): Server {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health/livez', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/readyz', async (_req, res) => {
    const ready = await options.isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready' });
  });
  app.use(metricsRoute(options.metrics));
  return createServer(app);
}
