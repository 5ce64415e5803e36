import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlPlaneServiceDefinition } from '../../src/shared/proto/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { examplePayload, sendWebhook } from '../support/github-webhooks.js';
import {
  everyDeliveryStartsARun,
  newSecrets,
  startControlPlane,
  startEdge,
  type PlatformSecrets,
} from '../support/platform.js';
import { freePort } from '../support/ports.js';

/**
 * Never a 2xx for a delivery that was not stored (the ingest's mechanics: every delivery starts a run): the control-plane down or too slow → 503 + Retry-After. */
describe('webhook ingest while the control-plane is unavailable', () => {
  let database: TestDatabase;
  let secrets: PlatformSecrets;

  beforeAll(async () => {
    database = await createTestDatabase();
    secrets = newSecrets();
  });

  afterAll(async () => {
    await database?.drop();
  });

  const storedRuns = async (deliveryId: string) =>
    Number(
      (
        await database.query<{ n: string }>(
          'select count(*) as n from agent_runs where correlation_id = $1',
          [deliveryId],
        )
      ).rows[0]?.n,
    );

  it('control-plane stopped → 503 with Retry-After and nothing stored; started again → the same delivery is accepted', async () => {
    const grpcPort = await freePort();
    let controlPlane = await startControlPlane({
      databaseUrl: database.url,
      secrets,
      grpcPort,
      env: everyDeliveryStartsARun,
    });
    const edge = await startEdge({ secrets, controlPlaneTarget: controlPlane.grpcTarget });
    try {
      const body = JSON.stringify(examplePayload('issues', 'opened'));
      expect(
        (await sendWebhook(edge.url, { event: 'issues', body, secret: secrets.webhookSecret })).status,
      ).toBe(202);

      expect(await controlPlane.process.stop()).toBe(0);
      const refused = await sendWebhook(edge.url, { event: 'issues', body, secret: secrets.webhookSecret });
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await storedRuns(refused.deliveryId)).toBe(0);

      controlPlane = await startControlPlane({
        databaseUrl: database.url,
        secrets,
        grpcPort,
        env: everyDeliveryStartsARun,
      });
      // The edge reconnects with backoff: until it does, the answer stays 503 (never a false 2xx).
      let answer = refused;
      const deadline = Date.now() + 15_000;
      while (answer.status === 503 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        answer = await sendWebhook(edge.url, {
          event: 'issues',
          body,
          secret: secrets.webhookSecret,
          deliveryId: refused.deliveryId,
        });
      }
      expect(answer.status).toBe(202);
      expect(answer.body).toMatchObject({ correlation_id: refused.deliveryId, status: 'accepted' });
      expect(await storedRuns(refused.deliveryId)).toBe(1);
    } finally {
      await edge.process.stop();
      await controlPlane.process.stop();
    }
  });

  it('a control-plane that does not answer within the deadline → 503 with Retry-After', async () => {
    // A gRPC server that accepts IngestGitHubWebhook and never answers.
    const server = new grpc.Server();
    server.addService(controlPlaneServiceDefinition, {
      ingestGitHubWebhook: () => {},
    } as grpc.UntypedServiceImplementation);
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
        error ? reject(error) : resolve(bound),
      ),
    );
    const edge = await startEdge({
      secrets,
      controlPlaneTarget: `127.0.0.1:${port}`,
      env: { CODEXK8S_CONTROL_PLANE_DEADLINE: '500ms' },
    });
    try {
      const startedAt = Date.now();
      const answer = await sendWebhook(edge.url, {
        event: 'push',
        body: JSON.stringify(examplePayload('push')),
        secret: secrets.webhookSecret,
      });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).not.toBeNull();
      expect(Date.now() - startedAt).toBeLessThan(3_000);
    } finally {
      await edge.process.stop();
      server.forceShutdown();
    }
  });
});
