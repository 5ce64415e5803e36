/**
 * The edge's composition root, the only place that wires: config → control-plane client →
 * webhook route, sign-in, session resolver, staff API → HTTP listeners. main.ts calls it.
 */
import { createServer, type Server } from 'node:http';
import { type Logger } from 'pino';
import { githubWebhookPath } from '../shared/contract/public-paths.js';
import { closeGracefully, listen } from '../shared/http/listen.js';
import { type StartedProcess } from '../shared/lifecycle/run-process.js';
import { enableFastPaths } from '../shared/fast-paths/fast-path.js';
import { createGrpcCallMetrics, createMetricsRegistry } from '../shared/metrics/registry.js';
import { GitHubOAuth } from './auth/github-oauth.js';
import { OAuthStateSealer } from './auth/oauth-state.js';
import { createSessionResolver } from './auth/principal.js';
import { authRoutes } from './auth/routes.js';
import { StaffTokens } from './auth/staff-token.js';
import { type EdgeConfig } from './config.js';
import { ControlPlaneClient } from './control-plane/client.js';
import { edgeFastPaths } from './fast-paths/index.js';
import { VerifiedTokenCache } from './fast-paths/verified-token-cache.js';
import { createEdgeRequestListener } from './http/app.js';
import { createMetricsServer } from './http/metrics-listener.js';
import { allowedOriginsOf } from './http/same-origin.js';
import { runLogDownloadRouter } from './run-logs/log-download-route.js';
import { staticSpaRouter } from './web/static-spa.js';
import { createGithubWebhookHandler, githubWebhookRouter } from './webhooks/github-webhook-route.js';
import { createWebhookMetrics } from './webhooks/metrics.js';

/** Wires and starts the edge's listeners (the public one, and the metrics one when configured apart). */
export async function startEdge(config: EdgeConfig, logger: Logger): Promise<StartedProcess> {
  const metrics = createMetricsRegistry('edge');
  const fastPaths = enableFastPaths(edgeFastPaths, config.CODEXK8S_FAST_PATHS, logger);
  const controlPlane = new ControlPlaneClient({
    target: config.CODEXK8S_CONTROL_PLANE_GRPC_TARGET,
    internalToken: config.CODEXK8S_INTERNAL_TOKEN,
    deadlineMs: config.CODEXK8S_CONTROL_PLANE_DEADLINE,
    metrics: createGrpcCallMetrics(metrics, 'client'),
  });

  const webhookHandler = createGithubWebhookHandler({
    controlPlane,
    secrets: config.CODEXK8S_GITHUB_WEBHOOK_SECRET,
    maxBodyBytes: config.CODEXK8S_WEBHOOK_MAX_BODY_BYTES,
    deadlineMs: config.CODEXK8S_CONTROL_PLANE_DEADLINE,
    metrics: createWebhookMetrics(metrics),
    logger,
  });

  const allowedOrigins = allowedOriginsOf(config.CODEXK8S_PUBLIC_BASE_URL);
  const staffTokens = new StaffTokens(
    config.CODEXK8S_JWT_SIGNING_KEY,
    config.CODEXK8S_JWT_TTL,
    fastPaths.has('verified-token-cache') ? new VerifiedTokenCache() : undefined,
  );
  const githubOAuthConfigured =
    config.CODEXK8S_GITHUB_OAUTH_CLIENT_ID !== '' && config.CODEXK8S_GITHUB_OAUTH_CLIENT_SECRET !== '';
  const signInRoutes = authRoutes({
    controlPlane,
    tokens: staffTokens,
    stateSealer: new OAuthStateSealer(config.CODEXK8S_JWT_SIGNING_KEY),
    github: githubOAuthConfigured
      ? new GitHubOAuth({
          oauthBaseUrl: config.CODEXK8S_GITHUB_OAUTH_BASE_URL,
          apiBaseUrl: config.CODEXK8S_GITHUB_API_BASE_URL,
          clientId: config.CODEXK8S_GITHUB_OAUTH_CLIENT_ID,
          clientSecret: config.CODEXK8S_GITHUB_OAUTH_CLIENT_SECRET,
          redirectUri: `${config.CODEXK8S_PUBLIC_BASE_URL}/api/v1/auth/github/callback`,
          timeoutMs: 10_000,
        })
      : null,
    cookieSecure: config.CODEXK8S_COOKIE_SECURE,
    devLogin: config.CODEXK8S_DEV_LOGIN,
    allowedOrigins,
  });
  if (config.CODEXK8S_DEV_LOGIN)
    logger.warn('dev sign-in is enabled (POST /api/v1/auth/dev-login): local use only');

  const resolveSession = createSessionResolver({
    tokens: staffTokens,
    controlPlane,
    trustProxyHeaders: config.CODEXK8S_TRUST_PROXY_AUTH_HEADERS,
  });
  const listener = createEdgeRequestListener({
    logger,
    metrics,
    metricsOnPublicListener: config.CODEXK8S_METRICS_ADDR === undefined,
    allowedOrigins,
    trpcMaxBodyBytes: config.CODEXK8S_TRPC_MAX_BODY_BYTES,
    controlPlane,
    resolveSession,
    routes: [
      githubWebhookRouter(webhookHandler),
      signInRoutes,
      runLogDownloadRouter({ controlPlane, resolveSession }),
    ],
    fastRoutes: [{ method: 'POST', path: githubWebhookPath, handle: webhookHandler }],
    fastPaths: {
      directQueries: fastPaths.has('trpc-direct-queries'),
      subscriptionsOnFetchAdapter: fastPaths.has('trpc-subscriptions-on-fetch-adapter'),
      routesAheadOfExpress: fastPaths.has('routes-ahead-of-express'),
    },
    signInOptions: {
      githubLogin: githubOAuthConfigured,
      devLogin: config.CODEXK8S_DEV_LOGIN,
    },
    fallback: staticSpaRouter({ root: config.CODEXK8S_WEB_DIST_DIR }),
  });

  const server = createServer(listener);
  const port = await listen(server, config.CODEXK8S_HTTP_ADDR);
  let metricsServer: Server | undefined;
  let metricsPort = port;
  if (config.CODEXK8S_METRICS_ADDR) {
    metricsServer = createMetricsServer(metrics);
    metricsPort = await listen(metricsServer, config.CODEXK8S_METRICS_ADDR);
  }
  logger.info({ port, metricsPort }, 'edge started');

  return {
    stopSteps: [
      () => closeGracefully(server),
      () => (metricsServer ? closeGracefully(metricsServer) : undefined),
      () => controlPlane.close(),
    ],
  };
}
