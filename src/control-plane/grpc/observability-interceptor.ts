import * as grpc from '@grpc/grpc-js';
import { type Logger } from 'pino';
import { correlationIdMetadataKey } from '../../shared/grpc/metadata-keys.js';
import { type GrpcCallMetrics } from '../../shared/metrics/registry.js';

/** Counts, times and logs every call (one line per call, with the correlation id from the edge). */
export function observabilityInterceptor(logger: Logger, metrics: GrpcCallMetrics): grpc.ServerInterceptor {
  return (methodDescriptor, call) => {
    const method = methodDescriptor.path.split('/').pop() ?? methodDescriptor.path;
    const startedAt = process.hrtime.bigint();
    let correlationId: string | undefined;
    return new grpc.ServerInterceptingCall(call, {
      start: (next) => {
        next({
          onReceiveMetadata: (metadata, nextMetadata) => {
            const [value] = metadata.get(correlationIdMetadataKey);
            if (typeof value === 'string') correlationId = value;
            nextMetadata(metadata);
          },
        });
      },
      sendStatus: (status, nextStatus) => {
        const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
        const code = grpc.status[status.code] ?? String(status.code);
        metrics.calls.inc({ method, code });
        metrics.duration.observe({ method }, seconds);
        // Health checks arrive every few seconds from every edge: keep them out of the info log.
        const isHealthCheck = methodDescriptor.path.startsWith('/grpc.health.v1.Health/');
        const level =
          status.code === grpc.status.INTERNAL || status.code === grpc.status.UNKNOWN
            ? 'error'
            : isHealthCheck
              ? 'debug'
              : 'info';
        logger[level](
          { grpcMethod: method, grpcCode: code, correlationId, durationMs: Math.round(seconds * 1e5) / 100 },
          status.code === grpc.status.OK ? 'grpc call' : `grpc call failed: ${status.details ?? ''}`,
        );
        nextStatus(status);
      },
    });
  };
}
