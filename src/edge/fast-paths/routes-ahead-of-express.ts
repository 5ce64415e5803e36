import { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { type FastPath } from '../../shared/fast-paths/fast-path.js';

export const routesAheadOfExpress: FastPath<'routes-ahead-of-express'> = {
  name: 'routes-ahead-of-express',
  replaces:
    "express's router for the webhook route and /api/trpc, because its routing and request decoration cost more than a small request",
};

/** A route answered before express sees the request: exact method and path (query strings go to express). */
export interface FastRoute {
  method: string;
  path: string;
  handle: (req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * Dispatches on Node's own request: the fast routes by exact method and path, then the tRPC API by
 * path prefix, then express for everything else (where the same routes are mounted too, so the
 * variants express also matches, such as a trailing slash, still reach them).
 */
export function dispatchAheadOfExpress(
  routes: readonly FastRoute[],
  trpcBasePath: string,
  trpc: RequestListener,
  express: RequestListener,
): RequestListener {
  const exact = new Map(routes.map((route) => [`${route.method} ${route.path}`, route.handle]));
  return (req, res) => {
    const url = req.url ?? '';
    const handle = exact.size > 0 ? exact.get(`${req.method ?? ''} ${url}`) : undefined;
    if (handle) handle(req, res);
    else if (url.startsWith(trpcBasePath)) trpc(req, res);
    else express(req, res);
  };
}
