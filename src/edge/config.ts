import { z } from 'zod';
import {
  absoluteUrl,
  boolean,
  commaList,
  duration,
  httpsUrl,
  isLoopbackHost,
  listenAddress,
  logLevel,
  nodeEnv,
  optionalListenAddress,
  positiveInt,
  requiredString,
} from '../shared/config/env-types.js';

/** Everything the edge reads from the environment (SPEC §8). */
export const edgeConfigSchema = z
  .object({
    NODE_ENV: nodeEnv(),
    CODEXK8S_INTERNAL_TOKEN: requiredString(16),
    CODEXK8S_CONTROL_PLANE_GRPC_TARGET: z
      .string()
      .default('127.0.0.1:9090')
      .refine((value) => /^[^\s]+:\d{1,5}$/.test(value), { message: 'expected host:port' }),
    CODEXK8S_CONTROL_PLANE_DEADLINE: duration('5s'),
    CODEXK8S_HTTP_ADDR: listenAddress(':8080'),
    // When set, /metrics is served here and no longer on CODEXK8S_HTTP_ADDR (which the Ingress routes).
    CODEXK8S_METRICS_ADDR: optionalListenAddress(),
    CODEXK8S_PUBLIC_BASE_URL: absoluteUrl(),
    CODEXK8S_GITHUB_WEBHOOK_SECRET: commaList().refine((secrets) => secrets.length > 0, {
      message: 'is required',
    }),
    CODEXK8S_WEBHOOK_MAX_BODY_BYTES: positiveInt(1_048_576),
    CODEXK8S_TRPC_MAX_BODY_BYTES: positiveInt(1_048_576),
    CODEXK8S_GITHUB_OAUTH_CLIENT_ID: z.string().default(''),
    CODEXK8S_GITHUB_OAUTH_CLIENT_SECRET: z.string().default(''),
    CODEXK8S_GITHUB_OAUTH_BASE_URL: httpsUrl('https://github.com'),
    CODEXK8S_GITHUB_API_BASE_URL: httpsUrl('https://api.github.com'),
    CODEXK8S_JWT_SIGNING_KEY: requiredString(32),
    CODEXK8S_JWT_TTL: duration('15m'),
    CODEXK8S_COOKIE_SECURE: boolean(false),
    CODEXK8S_TRUST_PROXY_AUTH_HEADERS: boolean(false),
    CODEXK8S_DEV_LOGIN: boolean(false),
    // Where the built SPA lives; served with an index fallback for client routes.
    CODEXK8S_WEB_DIST_DIR: z.string().default('dist/web'),
    // false: the libraries' own behaviour instead of the process's fast paths (its fast-paths/index.ts).
    CODEXK8S_FAST_PATHS: boolean(true),
    LOG_LEVEL: logLevel,
  })
  .superRefine((config, ctx) => {
    const oauthConfigured =
      config.CODEXK8S_GITHUB_OAUTH_CLIENT_ID !== '' && config.CODEXK8S_GITHUB_OAUTH_CLIENT_SECRET !== '';
    if (!oauthConfigured && !config.CODEXK8S_DEV_LOGIN) {
      const missing =
        config.CODEXK8S_GITHUB_OAUTH_CLIENT_ID === ''
          ? 'CODEXK8S_GITHUB_OAUTH_CLIENT_ID'
          : 'CODEXK8S_GITHUB_OAUTH_CLIENT_SECRET';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'is required unless CODEXK8S_DEV_LOGIN=true',
      });
    }
    if (config.CODEXK8S_DEV_LOGIN && config.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['CODEXK8S_DEV_LOGIN'],
        message: 'must not be true when NODE_ENV=production (in any case)',
      });
    }
    const metricsAddress = config.CODEXK8S_METRICS_ADDR;
    if (
      metricsAddress &&
      metricsAddress.port !== 0 &&
      metricsAddress.port === config.CODEXK8S_HTTP_ADDR.port
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['CODEXK8S_METRICS_ADDR'],
        message: 'must use another port than CODEXK8S_HTTP_ADDR',
      });
    }
    if (config.CODEXK8S_DEV_LOGIN && !isLoopbackHost(config.CODEXK8S_HTTP_ADDR.host)) {
      ctx.addIssue({
        code: 'custom',
        path: ['CODEXK8S_DEV_LOGIN'],
        message: 'requires CODEXK8S_HTTP_ADDR on a loopback address (e.g. 127.0.0.1:8080)',
      });
    }
  });

export type EdgeConfig = z.output<typeof edgeConfigSchema>;
