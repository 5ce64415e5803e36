import * as grpc from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import { correlationIdMetadataKey, internalTokenMetadataKey } from '../../shared/grpc/metadata-keys.js';
import { type GrpcCallMetrics } from '../../shared/metrics/registry.js';
import {
  controlPlaneServiceDefinition,
  controlPlaneServiceName,
  type ControlPlaneMethods,
  type ServerStreamingMethodName,
  type UnaryMethodName,
} from '../../shared/proto/index.js';

export interface ControlPlaneClientOptions {
  target: string;
  internalToken: string;
  /** Deadline of every unary call. */
  deadlineMs: number;
  metrics?: GrpcCallMetrics;
}

export interface CallOptions {
  correlationId?: string;
  /** Overrides the default deadline (e.g. the webhook route's tighter budget). */
  deadlineMs?: number;
}

export interface StreamOptions {
  correlationId?: string;
  signal?: AbortSignal;
}

const healthCheck =
  healthService['Check'] ??
  (() => {
    throw new Error('grpc-health-check: Check method missing');
  })();

/** HTTP/2 receive window (per stream and per connection) of the edge's connection. */
const flowControlWindowBytes = 8 * 1024 * 1024;

/**
 * The edge's only way to the control-plane: typed from the generated contract, a deadline on
 * every unary call, the internal token and the correlation id in metadata.
 */
export class ControlPlaneClient {
  private readonly client: grpc.Client;

  constructor(private readonly options: ControlPlaneClientOptions) {
    this.client = new grpc.Client(options.target, grpc.credentials.createInsecure(), {
      'grpc.keepalive_time_ms': 30_000,
      'grpc.keepalive_permit_without_calls': 1,
      // Reconnect quickly after a control-plane restart, so readiness and calls recover within a second.
      'grpc.initial_reconnect_backoff_ms': 200,
      'grpc.max_reconnect_backoff_ms': 1_000,
      // Per-call bookkeeping the edge does not use: retry buffering (a failed call is answered 503
      // and the caller retries; the edge has no retry policy configured anyway) and channelz stats.
      'grpc.enable_retries': 0,
      'grpc.enable_channelz': 0,
      // Room for the answers of every call in flight on the one connection (Node's default window
      // holds two or three pages of runs); a public grpc-js option, so not a fast path (docs/decisions.md).
      'grpc-node.flow_control_window': flowControlWindowBytes,
    });
  }

  private metadata(correlationId: string | undefined): grpc.Metadata {
    const metadata = new grpc.Metadata();
    metadata.set(internalTokenMetadataKey, this.options.internalToken);
    if (correlationId) metadata.set(correlationIdMetadataKey, correlationId);
    return metadata;
  }

  /** Calls a unary method; rejects with the grpc-js ServiceError (see errors.ts for the mapping). */
  call<K extends UnaryMethodName>(
    method: K,
    request: ControlPlaneMethods[K]['requestInit'],
    options: CallOptions = {},
  ): Promise<ControlPlaneMethods[K]['response']> {
    const definition = controlPlaneServiceDefinition[method];
    const startedAt = process.hrtime.bigint();
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        definition.path,
        definition.requestSerialize,
        definition.responseDeserialize,
        request,
        this.metadata(options.correlationId),
        { deadline: Date.now() + (options.deadlineMs ?? this.options.deadlineMs) },
        (error: grpc.ServiceError | null, response?: ControlPlaneMethods[K]['response']) => {
          this.record(method, error ? error.code : grpc.status.OK, startedAt);
          if (error) reject(error);
          else if (response === undefined) reject(new Error(`empty response from ${method}`));
          else resolve(response);
        },
      );
    });
  }

  /** Opens a server stream; messages are yielded until the server ends it or `signal` aborts. */
  async *stream<K extends ServerStreamingMethodName>(
    method: K,
    request: ControlPlaneMethods[K]['requestInit'],
    options: StreamOptions = {},
  ): AsyncGenerator<ControlPlaneMethods[K]['response']> {
    const definition = controlPlaneServiceDefinition[method];
    const call = this.client.makeServerStreamRequest(
      definition.path,
      definition.requestSerialize,
      definition.responseDeserialize,
      request,
      this.metadata(options.correlationId),
      {},
    );
    const abort = () => call.cancel();
    options.signal?.addEventListener('abort', abort, { once: true });
    try {
      for await (const message of call as AsyncIterable<ControlPlaneMethods[K]['response']>) {
        yield message;
      }
    } catch (error) {
      if (options.signal?.aborted && (error as grpc.ServiceError).code === grpc.status.CANCELLED) return;
      throw error;
    } finally {
      options.signal?.removeEventListener('abort', abort);
      call.cancel();
    }
  }

  /** True when the control-plane's standard health service answers SERVING. */
  isServing(deadlineMs = 1_000): Promise<boolean> {
    return new Promise((resolve) => {
      this.client.makeUnaryRequest(
        healthCheck.path,
        healthCheck.requestSerialize,
        healthCheck.responseDeserialize,
        { service: controlPlaneServiceName },
        new grpc.Metadata(),
        { deadline: Date.now() + deadlineMs },
        (error: grpc.ServiceError | null, response?: { status?: string }) => {
          resolve(!error && response?.status === 'SERVING');
        },
      );
    });
  }

  close(): void {
    this.client.close();
  }

  private record(method: string, code: grpc.status, startedAt: bigint): void {
    if (!this.options.metrics) return;
    this.options.metrics.calls.inc({ method, code: grpc.status[code] ?? String(code) });
    this.options.metrics.duration.observe({ method }, Number(process.hrtime.bigint() - startedAt) / 1e9);
  }
}
