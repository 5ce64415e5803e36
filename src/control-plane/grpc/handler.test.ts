import * as grpc from '@grpc/grpc-js';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalTokenMetadataKey } from '../../shared/grpc/metadata-keys.js';
import { createGrpcCallMetrics } from '../../shared/metrics/registry.js';
import { controlPlaneServiceDefinition, type v1 } from '../../shared/proto/index.js';
import { serverStream, unary, type HandlerDependencies } from './handler.js';
import { startGrpcServer, type RunningGrpcServer } from './server.js';

const token = 'test-internal-token-0123456789';

/** Handlers built with the real adapters over a real gRPC server; they record what reached them. */
describe('gRPC handler adapters: text holding U+0000', () => {
  let server: RunningGrpcServer;
  let client: grpc.Client;
  const reached: string[] = [];
  const deps: HandlerDependencies = {
    logger: pino({ level: 'silent' }),
    runInContext: (work) => work(),
  };

  beforeAll(async () => {
    server = await startGrpcServer({
      address: { host: '127.0.0.1', port: 0 },
      internalToken: token,
      handlers: {
        upsertProject: unary(deps, async (request: v1.UpsertProjectRequest) => {
          reached.push(`upsertProject ${request.name}`);
          return { project: { id: 'p', slug: request.slug, name: request.name }, created: true };
        }),
        watchRunEvents: serverStream(deps, async (request: v1.WatchRunEventsRequest) => {
          reached.push(`watchRunEvents ${request.runId}`);
        }),
      },
      logger: pino({ level: 'silent' }),
      metrics: createGrpcCallMetrics(new Registry(), 'server'),
      widenConnectionWindow: false,
    });
    client = new grpc.Client(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure());
  });

  afterAll(async () => {
    client.close();
    await server.shutdown(100);
  });

  const metadata = () => {
    const value = new grpc.Metadata();
    value.set(internalTokenMetadataKey, token);
    return value;
  };
  const principal = { userId: 'u', email: 'owner@example.com', isPlatformAdmin: true };

  function upsertProject(name: string, email = principal.email): Promise<unknown> {
    const definition = controlPlaneServiceDefinition.upsertProject;
    return new Promise((resolve, reject) => {
      client.makeUnaryRequest(
        definition.path,
        definition.requestSerialize as (value: object) => Buffer,
        definition.responseDeserialize,
        { principal: { ...principal, email }, slug: 'alpha', name },
        metadata(),
        { deadline: Date.now() + 5_000 },
        (error: grpc.ServiceError | null, response?: unknown) => (error ? reject(error) : resolve(response)),
      );
    });
  }

  function watchRunEvents(runId: string): Promise<void> {
    const definition = controlPlaneServiceDefinition.watchRunEvents;
    return new Promise((resolve, reject) => {
      const stream = client.makeServerStreamRequest(
        definition.path,
        definition.requestSerialize as (value: object) => Buffer,
        definition.responseDeserialize,
        { principal, runId },
        metadata(),
        { deadline: Date.now() + 5_000 },
      );
      stream.on('data', () => undefined);
      stream.on('error', reject);
      stream.on('end', resolve);
    });
  }

  it('refuses a unary call INVALID_ARGUMENT naming the field, before the handler runs', async () => {
    await expect(upsertProject('a\u0000b')).rejects.toMatchObject({
      code: grpc.status.INVALID_ARGUMENT,
      details: expect.stringMatching(/^name: must not contain a NUL character/),
    });
    await expect(upsertProject('Alpha', 'owner\u0000@example.com')).rejects.toMatchObject({
      code: grpc.status.INVALID_ARGUMENT,
      details: expect.stringMatching(/^principal\.email: must not contain a NUL character/),
    });
    await expect(upsertProject('Alpha')).resolves.toMatchObject({ created: true });
    expect(reached).toEqual(['upsertProject Alpha']);
  });

  it('refuses a server-streaming call the same way', async () => {
    reached.length = 0;
    await expect(watchRunEvents('run\u0000')).rejects.toMatchObject({
      code: grpc.status.INVALID_ARGUMENT,
      details: expect.stringMatching(/^runId: must not contain a NUL character/),
    });
    await expect(watchRunEvents('run-1')).resolves.toBeUndefined();
    expect(reached).toEqual(['watchRunEvents run-1']);
  });
});
