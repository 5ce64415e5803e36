import { randomBytes } from 'node:crypto';
import { freePort } from './ports.js';
import { startBuiltProcess, waitForHttp, type RunningProcess } from './processes.js';

/**
 * The trigger policy from before triggers (SPEC §11 `*`): every delivery with a repository starts a
 * run, whoever sent it. For tests of the ingest's mechanics rather than of the policy.
 */
export const everyDeliveryStartsARun: Record<string, string> = {
  CODEXK8S_TRIGGER_EVENTS: '*',
  CODEXK8S_TRIGGER_TRUSTED_ASSOCIATIONS: '*',
};

/**
 * What the suite's second pass asks of every process it starts (vitest.config.ts, project
 * `fast-paths-off`): TEST_FAST_PATHS=false starts them with CODEXK8S_FAST_PATHS=false, so the
 * same tests run against the libraries' own behaviour. A test's own `env` still wins.
 */
export const fastPathsEnv: Record<string, string> =
  process.env.TEST_FAST_PATHS === 'false' ? { CODEXK8S_FAST_PATHS: 'false' } : {};

/** Starts the process with its env; by default `node dist/src/<name>/main.js`, as `startBuiltProcess` does. */
export type ProcessStarter = (env: Record<string, string>) => RunningProcess;

/** Settings shared by both processes of one test platform; secrets are fresh for every platform. */
export interface PlatformSecrets {
  internalToken: string;
  webhookSecret: string;
  jwtSigningKey: string;
  tokenEncryptionKey: string;
  ownerEmail: string;
}

export function newSecrets(): PlatformSecrets {
  return {
    internalToken: randomBytes(24).toString('hex'),
    webhookSecret: randomBytes(16).toString('hex'),
    jwtSigningKey: randomBytes(32).toString('hex'),
    tokenEncryptionKey: randomBytes(32).toString('base64'),
    ownerEmail: 'owner@example.com',
  };
}

export interface ControlPlaneHandle {
  process: RunningProcess;
  grpcPort: number;
  httpPort: number;
  grpcTarget: string;
  httpUrl: string;
  env: Record<string, string>;
}

export interface EdgeHandle {
  process: RunningProcess;
  port: number;
  url: string;
  env: Record<string, string>;
}

export interface StartControlPlaneOptions {
  databaseUrl: string;
  secrets: PlatformSecrets;
  publicBaseUrl?: string;
  env?: Record<string, string>;
  grpcPort?: number;
  /** Wait for /health/readyz (default true). */
  waitReady?: boolean;
  start?: ProcessStarter;
}

export async function startControlPlane(options: StartControlPlaneOptions): Promise<ControlPlaneHandle> {
  const grpcPort = options.grpcPort ?? (await freePort());
  const httpPort = await freePort();
  const env: Record<string, string> = {
    LOG_LEVEL: 'warn',
    DATABASE_URL: options.databaseUrl,
    CODEXK8S_INTERNAL_TOKEN: options.secrets.internalToken,
    CODEXK8S_CONTROL_PLANE_GRPC_ADDR: `127.0.0.1:${grpcPort}`,
    CODEXK8S_CONTROL_PLANE_HTTP_ADDR: `127.0.0.1:${httpPort}`,
    CODEXK8S_PUBLIC_BASE_URL: options.publicBaseUrl ?? 'http://127.0.0.1:8080',
    CODEXK8S_GITHUB_WEBHOOK_SECRET: options.secrets.webhookSecret,
    CODEXK8S_BOOTSTRAP_OWNER_EMAIL: options.secrets.ownerEmail,
    CODEXK8S_TOKEN_ENCRYPTION_KEY: options.secrets.tokenEncryptionKey,
    CODEXK8S_WORKER_ENABLED: 'false',
    CODEXK8S_MIGRATE_ON_START: 'true',
    ...fastPathsEnv,
    ...options.env,
  };
  const process = options.start ? options.start(env) : startBuiltProcess('control-plane', env);
  const handle = {
    process,
    grpcPort,
    httpPort,
    grpcTarget: `127.0.0.1:${grpcPort}`,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    env,
  };
  if (options.waitReady !== false) await waitForHttp(`${handle.httpUrl}/health/readyz`, 200, 60_000, process);
  return handle;
}

export interface StartEdgeOptions {
  secrets: PlatformSecrets;
  controlPlaneTarget: string;
  env?: Record<string, string>;
  port?: number;
  /** Wait for /health/livez (default true). */
  waitLive?: boolean;
  start?: ProcessStarter;
}

export async function startEdge(options: StartEdgeOptions): Promise<EdgeHandle> {
  const port = options.port ?? (await freePort());
  const env: Record<string, string> = {
    LOG_LEVEL: 'warn',
    CODEXK8S_INTERNAL_TOKEN: options.secrets.internalToken,
    CODEXK8S_CONTROL_PLANE_GRPC_TARGET: options.controlPlaneTarget,
    CODEXK8S_HTTP_ADDR: `127.0.0.1:${port}`,
    CODEXK8S_PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    CODEXK8S_GITHUB_WEBHOOK_SECRET: options.secrets.webhookSecret,
    CODEXK8S_JWT_SIGNING_KEY: options.secrets.jwtSigningKey,
    CODEXK8S_DEV_LOGIN: 'true',
    ...fastPathsEnv,
    ...options.env,
  };
  const process = options.start ? options.start(env) : startBuiltProcess('edge', env);
  const handle = { process, port, url: `http://127.0.0.1:${port}`, env };
  if (options.waitLive !== false) await waitForHttp(`${handle.url}/health/livez`, 200, 30_000, process);
  return handle;
}
