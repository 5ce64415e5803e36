import { createServer, type Server } from 'node:http';
import express from 'express';
import { type Registry } from 'prom-client';
import { metricsRoute } from '../../shared/metrics/metrics-route.js';

/**
 * The edge's second listener (CODEXK8S_METRICS_ADDR): `/metrics` only, on a port the Ingress does
 * not route, so the public listener need not expose the process's internals.
 */
export function createMetricsServer(registry: Registry): Server {
  const app = express();
  app.disable('x-powered-by');
  app.use(metricsRoute(registry));
  return createServer(app);
}
