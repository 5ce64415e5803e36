import { execFile } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { promisify } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newSecrets, startControlPlane, startEdge } from '../support/platform.js';
import { freePort } from '../support/ports.js';
import { projectRoot, startBuiltProcess, waitForHttp } from '../support/processes.js';

const execFileAsync = promisify(execFile);

async function status(url: string): Promise<number> {
  return (await fetch(url)).status;
}

describe('foundation: two processes, one contract', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  it('edge readiness follows the control-plane: 503 while down, 200 within 2 s of it coming up, 503 after it is killed', async () => {
    const secrets = newSecrets();
    const grpcPort = await freePort();
    const edge = await startEdge({ secrets, controlPlaneTarget: `127.0.0.1:${grpcPort}` });
    try {
      expect(await status(`${edge.url}/health/livez`)).toBe(200);
      expect(await status(`${edge.url}/health/readyz`)).toBe(503);
      // Keep the edge retrying for a while, so its reconnect backoff has grown as it would in production.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(await status(`${edge.url}/health/readyz`)).toBe(503);

      const controlPlane = await startControlPlane({ databaseUrl: database.url, secrets, grpcPort });
      const upAt = Date.now();
      await waitForHttp(`${edge.url}/health/readyz`, 200, 10_000);
      expect(Date.now() - upAt).toBeLessThan(2_000);

      controlPlane.process.child.kill('SIGKILL');
      await controlPlane.process.exited;
      await waitForHttp(`${edge.url}/health/readyz`, 503, 5_000);
    } finally {
      await edge.process.stop();
    }
  });

  it.each([
    ['edge', 'CODEXK8S_HTTP_ADDR', 'not-an-address'],
    ['edge', 'CODEXK8S_JWT_SIGNING_KEY', 'short'],
    ['control-plane', 'CODEXK8S_WORKER_POLL_INTERVAL', 'soon'],
    ['control-plane', 'CODEXK8S_TOKEN_ENCRYPTION_KEY', 'dG9vLXNob3J0'],
    ['control-plane', 'DATABASE_URL', 'mysql://nope'],
  ] as const)('%s with a malformed %s exits non-zero and names it', async (entry, variable, badValue) => {
    const secrets = newSecrets();
    const base: Record<string, string> =
      entry === 'edge'
        ? {
            CODEXK8S_INTERNAL_TOKEN: secrets.internalToken,
            CODEXK8S_PUBLIC_BASE_URL: 'http://127.0.0.1:8080',
            CODEXK8S_GITHUB_WEBHOOK_SECRET: secrets.webhookSecret,
            CODEXK8S_JWT_SIGNING_KEY: secrets.jwtSigningKey,
            CODEXK8S_DEV_LOGIN: 'true',
            CODEXK8S_HTTP_ADDR: '127.0.0.1:0',
          }
        : {
            DATABASE_URL: database.url,
            CODEXK8S_INTERNAL_TOKEN: secrets.internalToken,
            CODEXK8S_PUBLIC_BASE_URL: 'http://127.0.0.1:8080',
            CODEXK8S_GITHUB_WEBHOOK_SECRET: secrets.webhookSecret,
            CODEXK8S_BOOTSTRAP_OWNER_EMAIL: secrets.ownerEmail,
            CODEXK8S_TOKEN_ENCRYPTION_KEY: secrets.tokenEncryptionKey,
            CODEXK8S_CONTROL_PLANE_GRPC_ADDR: '127.0.0.1:0',
            CODEXK8S_CONTROL_PLANE_HTTP_ADDR: '127.0.0.1:0',
          };
    const child = startBuiltProcess(entry, { ...base, [variable]: badValue });
    const code = await child.exited;
    expect(code).not.toBe(0);
    const lines = child.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(variable);
    for (const secret of Object.values(secrets)) expect(child.output()).not.toContain(secret);
  });

  it('SIGTERM during a request: the request completes and the edge exits 0', async () => {
    // A control-plane stand-in whose health check answers slowly, so a readiness request is in flight.
    const slowControlPlane = new grpc.Server();
    slowControlPlane.addService(healthService, {
      check: (_call: unknown, callback: (error: null, response: { status: string }) => void) => {
        setTimeout(() => callback(null, { status: 'SERVING' }), 800);
      },
      watch: () => undefined,
    });
    const port = await new Promise<number>((resolve, reject) =>
      slowControlPlane.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
        error ? reject(error) : resolve(bound),
      ),
    );
    try {
      const edge = await startEdge({ secrets: newSecrets(), controlPlaneTarget: `127.0.0.1:${port}` });
      const inFlight = fetch(`${edge.url}/health/readyz`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      edge.process.child.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ready' });
      expect(await edge.process.exited).toBe(0);
      // Stopped accepting: a new connection is refused.
      await expect(fetch(`${edge.url}/health/livez`)).rejects.toThrow();
    } finally {
      slowControlPlane.forceShutdown();
    }
  });

  it('SIGTERM: the control-plane drains, closes the database and exits 0', async () => {
    const controlPlane = await startControlPlane({ databaseUrl: database.url, secrets: newSecrets() });
    controlPlane.process.child.kill('SIGTERM');
    const [code] = await once(controlPlane.process.child, 'exit');
    expect(code).toBe(0);
  });

  it('the committed generated proto code is what npm run proto:gen produces', async () => {
    const { stdout } = await execFileAsync(
      path.join(projectRoot, 'node_modules/.bin/tsx'),
      ['scripts/proto-gen.ts', '--check'],
      {
        cwd: projectRoot,
      },
    );
    expect(stdout).toContain('up to date');
  });
});
