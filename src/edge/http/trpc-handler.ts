import { type RequestListener } from 'node:http';
import { type AnyTRPCRouter } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { createQueryHandler } from '../fast-paths/trpc-direct-queries.js';
import { createFetchAdapterListener } from '../fast-paths/trpc-subscriptions-on-fetch-adapter.js';
import { type TrpcHandlerOptions } from './trpc-handler-options.js';
import { guardedResponseMeta, guardTrpcRequests, type TrpcRequestLimits } from './trpc-guard.js';

/** Which of the edge's own tRPC paths serve (src/edge/fast-paths); without them, tRPC's Node adapter serves all. */
export interface TrpcFastPaths {
  directQueries: boolean;
  subscriptionsOnFetchAdapter: boolean;
}

/**
 * Serves tRPC on Node's own request and response. With the fast paths on, GET queries go
 * straight to their procedures and other GET requests to tRPC's fetch adapter; everything else,
 * and everything when they are off, to tRPC's Node adapter. Whichever path serves a request,
 * trpc-guard.ts has bounded it and set the answer's headers first.
 */
export function createTrpcRequestListener<TRouter extends AnyTRPCRouter>(
  options: TrpcHandlerOptions<TRouter>,
  limits: TrpcRequestLimits,
  fastPaths: TrpcFastPaths,
): RequestListener {
  const nodeAdapter = createHTTPHandler({
    router: options.router,
    basePath: options.basePath,
    createContext: ({ req }) => options.createContext(req),
    onError: ({ error, path }) => options.onError(error, path),
    responseMeta: guardedResponseMeta,
  });
  const queries = fastPaths.directQueries ? createQueryHandler(options) : undefined;
  const otherGets = fastPaths.subscriptionsOnFetchAdapter ? createFetchAdapterListener(options) : undefined;

  return guardTrpcRequests(options.router, options.basePath, limits, (req, res) => {
    if (queries?.(req, res)) return;
    if (otherGets && req.method === 'GET') otherGets(req, res);
    else nodeAdapter(req, res);
  });
}
