import { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import {
  type AnyTRPCRouter,
  getErrorShape,
  transformTRPCResponse,
  TRPCError,
  type TRPC_ERROR_CODE_KEY,
} from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import { crossSiteRefusal } from './same-origin.js';

/** What every tRPC request is held to, whichever path then serves it (SPEC §15). */
export interface TrpcRequestLimits {
  /** Larger bodies are answered 413 without being read further. */
  maxBodyBytes: number;
  /** Larger batches (`?batch=1`, GET or POST) are answered 400. */
  maxBatchCalls: number;
  /** Origins a browser may send mutations from; another `Origin` is answered 403. */
  allowedOrigins: ReadonlySet<string>;
}

/** What every tRPC answer says (SPEC §15). */
const answerHeaders = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } as const;

/**
 * The same headers, restated to tRPC's Node adapter as its `responseMeta`: tRPC gives event
 * streams `Cache-Control: no-cache` of its own, which would replace the guard's.
 */
export const guardedResponseMeta = () => ({ headers: { ...answerHeaders } });

/** What a request carries in its body: tRPC's Node adapter takes a body already read from `req.body`. */
type RequestWithBody = IncomingMessage & { body?: string };

type BodyRead = { ok: true; text: string } | { ok: false; tooLarge: boolean };

/**
 * Reads a body up to `limit` bytes. Past the limit it stops reading and resolves at once, so the
 * 413 goes out while the client is still sending.
 */
function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      stop();
      resolve({ ok: false, tooLarge: true });
    };
    const onEnd = () => {
      stop();
      resolve({ ok: true, text: Buffer.concat(chunks, size).toString('utf8') });
    };
    const onFailure = () => {
      stop();
      resolve({ ok: false, tooLarge: false });
    };
    // The 'error' listener stays: an aborted request may still emit one, and unheard it would crash the edge.
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('aborted', onFailure);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onFailure);
    req.on('aborted', onFailure);
  });
}

/** How long a client gets to read a refusal before its connection is closed under its unsent body. */
const lingerAfterRefusalMs = 1_000;

/**
 * What becomes of the rest of a refused request's body: it is never read. Node would otherwise
 * read and discard it at full speed (100 MB of short-lived buffers); unread, the bytes wait in the
 * kernel and the sender stalls. The connection cannot serve another request, so it is closed once
 * the client has had a moment to read the answer (browsers, curl and Node read an early answer
 * while still sending); closing at once would reset it before some clients had read the answer.
 */
function leaveRestUnread(req: IncomingMessage, res: ServerResponse): void {
  if (req.complete) return;
  req.pause();
  // Reading nothing marks the body as taken, so Node does not start discarding it by itself.
  req.read(0);
  res.once('finish', () => {
    const socket = req.socket;
    const close = setTimeout(() => socket.destroy(), lingerAfterRefusalMs);
    close.unref();
    socket.once('close', () => clearTimeout(close));
  });
}

/** How many calls a `?batch=1` request names (1 when it is not a batch); tRPC decodes the path the same way. */
function batchCalls(url: string, basePath: string): number {
  const queryStart = url.indexOf('?');
  const pathText = url.slice(basePath.length, queryStart < 0 ? undefined : queryStart);
  let path: string;
  try {
    path = decodeURIComponent(pathText);
  } catch {
    // tRPC answers a malformed path itself.
    return 1;
  }
  const calls = path.split(',').length;
  if (calls === 1 || queryStart < 0) return 1;
  return new URLSearchParams(url.slice(queryStart + 1)).get('batch') === '1' ? calls : 1;
}

/**
 * Wraps the tRPC serving paths (trpc-handler.ts) in what holds for all of them: every answer says
 * `Cache-Control: no-store` and `X-Content-Type-Options: nosniff`; a mutation from a foreign
 * `Origin` is refused 403; a body over the limit is refused 413 as soon as its `Content-Length`
 * or its bytes pass it, and a batch of too many calls 400, all before the session is looked at.
 * A body within the limit is read here and handed on as `req.body`.
 */
export function guardTrpcRequests(
  router: AnyTRPCRouter,
  basePath: string,
  limits: TrpcRequestLimits,
  serve: RequestListener,
): RequestListener {
  const config = router._def._config;

  function refuse(
    req: IncomingMessage,
    res: ServerResponse,
    code: TRPC_ERROR_CODE_KEY,
    message: string,
  ): void {
    leaveRestUnread(req, res);
    const error = new TRPCError({ code, message });
    const response = {
      error: getErrorShape({
        config,
        error,
        type: 'unknown',
        path: undefined,
        input: undefined,
        ctx: undefined,
      }),
    };
    res.statusCode = getHTTPStatusCode(response);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(transformTRPCResponse(config, response)));
  }

  const tooLarge = `the request body is larger than ${limits.maxBodyBytes} bytes`;

  return (req, res) => {
    for (const [name, value] of Object.entries(answerHeaders)) res.setHeader(name, value);
    const readsBody = req.method !== 'GET' && req.method !== 'HEAD';
    if (readsBody) {
      const refusal = crossSiteRefusal(req.headers, limits.allowedOrigins);
      if (refusal !== undefined) return refuse(req, res, 'FORBIDDEN', refusal);
    }
    if (Number(req.headers['content-length'] ?? 0) > limits.maxBodyBytes)
      return refuse(req, res, 'PAYLOAD_TOO_LARGE', tooLarge);
    const calls = batchCalls(req.url ?? '', basePath);
    if (calls > limits.maxBatchCalls)
      return refuse(
        req,
        res,
        'BAD_REQUEST',
        `a batch may hold at most ${limits.maxBatchCalls} calls; this one has ${calls}`,
      );
    if (!readsBody) return serve(req, res);
    readBody(req, limits.maxBodyBytes).then(
      (read) => {
        if (read.ok) {
          (req as RequestWithBody).body = read.text;
          serve(req, res);
        } else if (read.tooLarge) refuse(req, res, 'PAYLOAD_TOO_LARGE', tooLarge);
        // A request that failed while being read has no one left to answer.
        else res.destroy();
      },
      // readBody settles without rejecting; this only keeps a bug from becoming an unhandled rejection.
      (error: unknown) => res.destroy(error instanceof Error ? error : undefined),
    );
  };
}
