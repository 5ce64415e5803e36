import type * as grpc from '@grpc/grpc-js';
import { type v1 } from '../../../shared/proto/index.js';
import { type StaffCall } from '../../domain/staff-call/staff-call.js';
import { type CallContext, type HandlerDependencies, serverStream, unary } from '../handler.js';

/** A staff request: every one carries its caller's principal (proto convention). */
interface StaffRequest {
  principal?: v1.IPrincipal | null;
}

/** The staff use-case's view of a gRPC call: only the principal's user id is trusted (re-read by the policy); its admin flags are a hint. */
export function staffCall(principal: v1.IPrincipal | null | undefined, context: CallContext): StaffCall {
  return {
    actorUserId: principal?.userId ?? '',
    claimsPlatformAdmin: (principal?.isPlatformAdmin ?? false) || (principal?.isPlatformOwner ?? false),
    requestId: context.correlationId,
    warn: (details, message) => context.logger.warn(details, message),
  };
}

/** A unary staff method: `handle` gets the call (caller and correlation id) ready, then the request. */
export function staffUnary<Request extends StaffRequest, Response>(
  deps: HandlerDependencies,
  handle: (call: StaffCall, request: Request) => Promise<Response>,
): grpc.handleUnaryCall<Request, Response> {
  return unary(deps, (request: Request, context) => handle(staffCall(request.principal, context), request));
}

/**
 * A server-streaming staff method: `open` (the use-case: access checked, the stream opened) runs as
 * one unit of work; the items it returns are written as `toMessage` maps them until they end.
 */
export function staffStream<Request extends StaffRequest, Item, Response>(
  deps: HandlerDependencies,
  open: (call: StaffCall, request: Request, signal: AbortSignal) => Promise<AsyncIterable<Item>>,
  toMessage: (item: Item) => Response,
): grpc.handleServerStreamingCall<Request, Response> {
  return serverStream(deps, async (request: Request, write, signal, context) => {
    const items = await deps.runInContext(() => open(staffCall(request.principal, context), request, signal));
    for await (const item of items) await write(toMessage(item));
  });
}
