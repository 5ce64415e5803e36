import { Router } from 'express';
import { type Registry } from 'prom-client';

/** `GET /metrics`: the registry in Prometheus' text format. */
export function metricsRoute(registry: Registry): Router {
  const routes = Router();
  routes.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  return routes;
}
