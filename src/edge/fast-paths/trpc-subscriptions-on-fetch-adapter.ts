import { type IncomingHttpHeaders, type RequestListener, type ServerResponse } from 'node:http';
import { type AnyTRPCRouter } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { type FastPath } from '../../shared/fast-paths/fast-path.js';
import { drainedOrClosed } from '../http/drain.js';
import { answerNotWritten, type TrpcHandlerOptions } from '../http/trpc-handler-options.js';

export const trpcSubscriptionsOnFetchAdapter: FastPath<'trpc-subscriptions-on-fetch-adapter'> = {
  name: 'trpc-subscriptions-on-fetch-adapter',
  replaces:
    "tRPC's Node adapter for the other GET requests (subscriptions), because its connection-bound AbortSignal keeps each request's objects alive through young-generation collections on Node 20",
};

/**
 * Serves GET requests through tRPC's fetch adapter on Node's own request and response: the
 * request carries no abort signal, and the answer is written in one piece, or, for an event
 * stream, copied chunk by chunk and cancelled when the client leaves (which stops the procedure).
 */
export function createFetchAdapterListener<TRouter extends AnyTRPCRouter>(
  options: TrpcHandlerOptions<TRouter>,
): RequestListener {
  const endpoint = options.basePath.replace(/\/$/, '');
  return (req, res) => {
    const request = new Request(new URL(req.url ?? '/', 'http://edge.invalid'), {
      headers: fetchHeaders(req.headers),
    });
    fetchRequestHandler({
      endpoint,
      req: request,
      router: options.router,
      createContext: () => options.createContext(req),
      onError: ({ error, path }) => options.onError(error, path),
    })
      .then((response) => writeResponse(response, res))
      // The fetch adapter answers procedure failures itself: this is a failure to write.
      .catch((error: unknown) => answerNotWritten(req, res, error));
  };
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    // The guard's `no-store` stands, also over the `no-cache` tRPC gives event streams.
    if (name !== 'set-cookie' && name !== 'cache-control') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  const body = response.body;
  if (!body || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
    res.end(Buffer.from(await response.arrayBuffer()));
    return;
  }
  res.flushHeaders();
  const reader = body.getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  res.once('close', cancel);
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      if (!res.write(chunk.value)) await drainedOrClosed(res);
    }
  } finally {
    res.off('close', cancel);
    res.end();
  }
}

function fetchHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}
