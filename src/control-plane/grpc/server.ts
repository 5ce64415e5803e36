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
import { widenConnectionWindow } from '../fast-paths/grpc-connection-window.js';
import { internalTokenInterceptor } from './internal-token-interceptor.js';
import { observabilityInterceptor } from './observability-interceptor.js';

export interface GrpcServerOptions {
  address: ListenAddress;
  internalToken: string;
  /** Methods not given here answer UNIMPLEMENTED (grpc-js' default handler). */
  handlers: Partial<ControlPlaneHandlers>;
  logger: Logger;
  metrics: GrpcCallMetrics;
  /** The `grpc-connection-window` fast path (src/control-plane/fast-paths); off, Node's default window stays. */
  widenConnectionWindow: boolean;
}

export interface RunningGrpcServer {
  port: number;
  health: HealthImplementation;
  /** Stops accepting calls and waits for in-flight ones (forcing them after `graceMs`). */
  shutdown(graceMs?: number): Promise<void>;
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

  if (options.widenConnectionWindow) widenConnectionWindow(server);

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
