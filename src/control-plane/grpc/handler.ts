import type * as grpc from '@grpc/grpc-js';
import { type Logger } from 'pino';
import { correlationIdMetadataKey } from '../../shared/grpc/metadata-keys.js';
import { nulCharacterMessage, pathOfNulCharacter } from '../../shared/text/nul-character.js';
import { toGrpcError } from './errors.js';
import { DomainError, invalidArgument } from '../domain/errors.js';

/** Per-call context handed to use-cases through the handlers. */
export interface CallContext {
  correlationId: string;
  logger: Logger;
}

export interface HandlerDependencies {
  logger: Logger;
  /** Runs the call inside its own unit of work (a forked EntityManager); supplied by persistence. */
  runInContext: <T>(work: () => Promise<T>) => Promise<T>;
}

function callContext<Request>(
  deps: HandlerDependencies,
  call: grpc.ServerUnaryCall<Request, unknown> | grpc.ServerWritableStream<Request, unknown>,
): CallContext {
  const [value] = call.metadata.get(correlationIdMetadataKey);
  const correlationId = typeof value === 'string' ? value : '';
  // The child logger is made when a handler first logs: most calls never do.
  let logger: Logger | undefined;
  return {
    correlationId,
    get logger() {
      logger ??= deps.logger.child({ correlationId });
      return logger;
    },
  };
}

/**
 * A request whose text fields hold U+0000 is refused INVALID_ARGUMENT naming the field: PostgreSQL
 * could not store it. The edge refuses such input first; this holds for any other caller.
 */
function refusalOfNulCharacter(request: unknown): DomainError | undefined {
  const path = pathOfNulCharacter(request);
  return path === undefined ? undefined : invalidArgument(`${path.join('.')}: ${nulCharacterMessage}`);
}

/**
 * Adapts an async function to a grpc-js unary handler: domain errors become their status,
 * unexpected ones are logged and answered INTERNAL without details.
 */
export function unary<Request, Response>(
  deps: HandlerDependencies,
  handle: (request: Request, context: CallContext) => Promise<Response>,
): grpc.handleUnaryCall<Request, Response> {
  return (call, callback) => {
    const refusal = refusalOfNulCharacter(call.request);
    if (refusal) {
      callback(toGrpcError(refusal));
      return;
    }
    const context = callContext(deps, call);
    deps
      .runInContext(() => handle(call.request, context))
      .then(
        (response) => callback(null, response),
        (error: unknown) => {
          if (!(error instanceof DomainError))
            context.logger.error({ err: error }, 'unexpected error in handler');
          callback(toGrpcError(error));
        },
      );
  };
}

/** Adapts an async producer to a server-streaming handler; the producer writes and returns when done. */
export function serverStream<Request, Response>(
  deps: HandlerDependencies,
  produce: (
    request: Request,
    write: (message: Response) => Promise<void>,
    signal: AbortSignal,
    context: CallContext,
  ) => Promise<void>,
): grpc.handleServerStreamingCall<Request, Response> {
  return (call) => {
    const refusal = refusalOfNulCharacter(call.request);
    if (refusal) {
      call.emit('error', toGrpcError(refusal));
      return;
    }
    const context = callContext(deps, call);
    const abort = new AbortController();
    call.on('cancelled', () => abort.abort());
    call.on('close', () => abort.abort());
    const write = (message: Response) =>
      new Promise<void>((resolve) => {
        if (call.write(message)) resolve();
        else call.once('drain', () => resolve());
      });
    produce(call.request, write, abort.signal, context).then(
      () => {
        if (!abort.signal.aborted) call.end();
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (!(error instanceof DomainError))
          context.logger.error({ err: error }, 'unexpected error in stream handler');
        call.emit('error', toGrpcError(error));
      },
    );
  };
}
