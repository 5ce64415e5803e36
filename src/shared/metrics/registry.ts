import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per process, with the default Node.js metrics. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

export interface GrpcCallMetrics {
  calls: Counter<'method' | 'code'>;
  duration: Histogram<'method'>;
}

/** gRPC call count and duration, labelled by method and status code (`side` = server or client). */
export function createGrpcCallMetrics(registry: Registry, side: 'server' | 'client'): GrpcCallMetrics {
  return {
    calls: new Counter({
      name: `codexk8s_grpc_${side}_calls_total`,
      help: `gRPC calls handled (${side} side) by method and status code`,
      labelNames: ['method', 'code'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: `codexk8s_grpc_${side}_duration_seconds`,
      help: `gRPC call duration (${side} side)`,
      labelNames: ['method'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
  };
}
