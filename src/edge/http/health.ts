import { Router } from 'express';
import { type ControlPlaneClient } from '../control-plane/client.js';

/** Liveness and readiness (the control-plane's gRPC health says SERVING). */
export function healthRoutes(controlPlane: ControlPlaneClient): Router {
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
  return routes;
}
