import { type IncomingHttpHeaders, type RequestListener, type ServerResponse } from 'node:http';
import { type AnyTRPCRouter } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { guardTrpcRequests, type TrpcRequestLimits } from './trpc-guard.js';
import { answerNotWritten, createQueryHandler, type TrpcHandlerOptions } from './trpc-queries.js';

/**
 * Serves tRPC on Node's own request and response: GET queries, single or batched, go straight to
 * their procedures (trpc-queries.ts), other GET requests (subscriptions over SSE) to tRPC's fetch
 * adapter, POST requests (mutations) and the rest to its Node adapter.
 *
 * Why not the Node adapter for everything: it gives every request an AbortSignal tied to the
 * connection and writes every answer through a WritableStream. On Node 20 that signal keeps the
 * request's objects alive through young-generation collections, so each read left tens of
 * kilobytes to the old-generation collector, and the stream plumbing cost more than a page of
 * runs. Here a query has no signal (it is one short gRPC call; if its client leaves, the answer is
 * dropped) and its answer is written in one piece; a subscription's event stream is copied chunk
 * by chunk and cancelled when the client leaves, which stops the procedure.
 *
 * Whichever path serves a request, trpc-guard.ts has bounded it and set the answer's headers first.
 */
export function createTrpcRequestListener<TRouter extends AnyTRPCRouter>(
  options: TrpcHandlerOptions<TRouter>,
  limits: TrpcRequestLimits,
): RequestListener {
  const endpoint = options.basePath.replace(/\/$/, '');
  const nodeAdapter = createHTTPHandler({
    router: options.router,
    basePath: options.basePath,
    createContext: ({ req }) => options.createContext(req),
    onError: ({ error, path }) => options.onError(error, path),
  });

  const queries = createQueryHandler(options);

  return guardTrpcRequests(options.router, options.basePath, limits, (req, res) => {
    if (queries(req, res)) return;
    if (req.method !== 'GET') {
      nodeAdapter(req, res);
      return;
    }
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
  });
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

/** Resolves when the response can take more (or its client has gone). */
export function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

function fetchHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}
