import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type AnyTRPCRouter, type inferRouterContext, type TRPCError } from '@trpc/server';
import { requestLogger } from './request-log.js';

/** How the edge serves its tRPC router, whichever path serves a request (trpc-handler.ts). */
export interface TrpcHandlerOptions<TRouter extends AnyTRPCRouter> {
  router: TRouter;
  /** Where the API is mounted, with a trailing slash: `/api/trpc/`. */
  basePath: string;
  createContext: (req: IncomingMessage) => Promise<inferRouterContext<TRouter>>;
  onError: (error: TRPCError, path: string | undefined) => void;
}

/**
 * The last resort when an answer could not be produced or written (procedure failures are
 * answered as tRPC errors before this): log it and end the response, with 500 if nothing was sent.
 */
export function answerNotWritten(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  // Not `req.log`: ahead of express, a request is Node's own, without express's lazy logger.
  requestLogger(req).error({ err: error }, 'trpc answer could not be written');
  if (!res.headersSent) res.statusCode = 500;
  res.end();
}
