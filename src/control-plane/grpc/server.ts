import { EventEmitter } from 'node:events';
import { type Http2Session } from 'node:http2';
import * as grpc from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import { type Logger } from 'pino';
import { type ListenAddress } from '../../shared/config/env-types.js';
import { type GrpcCallMetrics } from '../../shared/metrics/registry.js';
import {
  controlPlaneServiceDefinition,
  controlPlaneServiceName,
  type ControlPlaneHandlers,
} from '../../shared/proto/index.js';
import { internalTokenInterceptor } from './internal-token-interceptor.js';
import { observabilityInterceptor } from './observability-interceptor.js';

export interface GrpcServerOptions {
  address: ListenAddress;
  internalToken: string;
  /** Methods not given here answer UNIMPLEMENTED (grpc-js' default handler). */
  handlers: Partial<ControlPlaneHandlers>;
  logger: Logger;
  metrics: GrpcCallMetrics;
}

export interface RunningGrpcServer {
  port: number;
  health: HealthImplementation;
  /** Stops accepting calls and waits for in-flight ones (forcing them after `graceMs`). */
  shutdown(graceMs?: number): Promise<void>;
}

/** Room for ~600 webhook payloads of ~12 KB in flight on one edge connection. */
const connectionWindowBytes = 8 * 1024 * 1024;

/**
 * Widens the HTTP/2 connection-level flow-control window for data the edge sends. Node keeps the
 * 64 KiB default, so only ~5 webhook payloads fit in flight on the edge's one connection before a
 * WINDOW_UPDATE round trip; under load that, not the database, capped ingest at a few hundred
 * per second. grpc-js has no server option for it (only the client side has
 * `grpc-node.flow_control_window`), so it is set on each session as it opens; should grpc-js
 * internals change shape, the default stays and server.test.ts fails.
 */
function widenConnectionWindow(server: grpc.Server, bytes: number): void {
  const http2Servers = (server as unknown as { http2Servers?: unknown }).http2Servers;
  if (!(http2Servers instanceof Map)) return;
  for (const http2Server of http2Servers.keys()) {
    if (!(http2Server instanceof EventEmitter)) continue;
    http2Server.on('session', (session: Http2Session) => {
      try {
        session.setLocalWindowSize(bytes);
      } catch {
        // A session closing as it opens: nothing to widen.
      }
    });
  }
}

export async function startGrpcServer(options: GrpcServerOptions): Promise<RunningGrpcServer> {
  const server = new grpc.Server({
    // Per-call channelz bookkeeping that nothing here reads (no channelz service is exposed).
    'grpc.enable_channelz': 0,
    interceptors: [
      observabilityInterceptor(options.logger, options.metrics),
      internalTokenInterceptor(options.internalToken),
    ],
  });
  server.addService(controlPlaneServiceDefinition, options.handlers as grpc.UntypedServiceImplementation);

  const health = new HealthImplementation({ '': 'NOT_SERVING', [controlPlaneServiceName]: 'NOT_SERVING' });
  health.addToServer(server);

  const host = options.address.host.includes(':') ? `[${options.address.host}]` : options.address.host;
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(
      `${host}:${options.address.port}`,
      grpc.ServerCredentials.createInsecure(),
      (error, boundPort) => (error ? reject(error) : resolve(boundPort)),
    );
  });

  widenConnectionWindow(server, connectionWindowBytes);

  return {
    port,
    health,
    shutdown: (graceMs = 20_000) =>
      new Promise<void>((resolve) => {
        health.setStatus('', 'NOT_SERVING');
        health.setStatus(controlPlaneServiceName, 'NOT_SERVING');
        const force = setTimeout(() => server.forceShutdown(), graceMs);
        force.unref();
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}
