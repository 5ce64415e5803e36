import { TRPCError } from '@trpc/server';
import { grpcErrorToTrpcError } from '../control-plane/errors.js';
import { type StaffSession } from './context.js';

/** setTimeout's longest delay; a later expiry is waited for in steps. */
const longestTimerMs = 2_147_483_647;

/**
 * The items of a control-plane stream for a tRPC subscription, until the stream ends, the client
 * leaves (`signal`) or the caller's session ends, whichever comes first:
 *
 * - a token session (cookie or Bearer) ends at the token's `exp`: the subscription ends with
 *   UNAUTHORIZED "session expired", which the SPA answers by sending the user to sign in;
 * - a trusted-proxy session ends after one JWT lifetime without an error: the browser's
 *   EventSource reconnects (resuming after its Last-Event-ID) and the proxy authenticates it again.
 *
 * Access revoked while streaming is decided by the control-plane (its LiveAccessGuard ends the
 * gRPC stream with PERMISSION_DENIED), and arrives here as FORBIDDEN like every other refusal.
 *
 *   .subscription(({ ctx, input, signal }) =>
 *     liveStream(ctx.session, signal, (streamSignal) =>
 *       ctx.stream('watchRunEvents', { runId: input.runId, afterEventId }, streamSignal)))
 *
 * `open` must stop its stream when the signal it is given aborts.
 */
export async function* liveStream<T>(
  session: StaffSession,
  signal: AbortSignal | undefined,
  open: (signal: AbortSignal) => AsyncIterable<T>,
): AsyncGenerator<T> {
  const stream = new AbortController();
  const stop = () => stream.abort();
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  let expired = false;
  let timer: NodeJS.Timeout | undefined;
  const expireAtSessionEnd = () => {
    const remainingMs = session.expiresAtMs - Date.now();
    if (remainingMs > 0) {
      timer = setTimeout(expireAtSessionEnd, Math.min(remainingMs, longestTimerMs));
      return;
    }
    expired = true;
    stream.abort();
  };
  expireAtSessionEnd();
  try {
    for await (const item of open(stream.signal)) {
      if (expired) break;
      yield item;
    }
  } catch (error) {
    // Errors thrown while iterating bypass the procedure middleware: map them here.
    if (!expired) throw grpcErrorToTrpcError(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
  if (expired) throw sessionEnded(session);
}

function sessionEnded(session: StaffSession): Error {
  if (session.renewal === 'proxy')
    // tRPC ends an SSE response quietly on an AbortError: no error event, so the client reconnects.
    return new DOMException('the proxy session is authenticated again on reconnect', 'AbortError');
  return new TRPCError({ code: 'UNAUTHORIZED', message: 'session expired: sign in again' });
}
