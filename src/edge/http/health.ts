import { Router } from 'express';
import { type Registry } from 'prom-client';
import { type ControlPlaneClient } from '../control-plane/client.js';

/** Liveness, readiness (the control-plane's gRPC health says SERVING) and Prometheus metrics. */
export function healthRoutes(controlPlane: ControlPlaneClient, metrics: Registry): Router {
  const routes = Router();
  routes.get('/health/livez', (_req, res) => {
    res.json({ status: 'ok' });
  });
  routes.get('/health/readyz', async (_req, res) => {
    const serving = await controlPlane.isServing();
    res
      .status(serving ? 200 : 503)
      .json({ status: serving ? 'ready' : 'not_ready', controlPlane: serving ? 'serving' : 'unavailable' });
  });
  routes.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.metrics());
  });
  return routes;
}
