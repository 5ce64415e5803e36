import { type IncomingMessage, type ServerResponse } from 'node:http';
import {
  type AnyTRPCProcedure,
  type AnyTRPCRouter,
  getErrorShape,
  getTRPCErrorFromUnknown,
  type inferRouterContext,
  transformTRPCResponse,
} from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import { answerNotWritten, type TrpcHandlerOptions } from '../http/trpc-handler-options.js';
import { type FastPath } from '../../shared/fast-paths/fast-path.js';

export const trpcDirectQueries: FastPath<'trpc-direct-queries'> = {
  name: 'trpc-direct-queries',
  replaces:
    "tRPC's adapters for GET queries (procedures called through the router's private `_def`), because the adapters' Request, Response, body stream and AbortSignals per request cost more than the query",
};

/** One query of a request: the procedure, its path, its place in a batch and its parsed input. */
interface QueryCall {
  path: string;
  batchIndex: number;
  procedure: AnyTRPCProcedure;
  input: unknown;
}

/** What the query path reads off a request it takes on. */
interface QueryRequest {
  calls: QueryCall[];
  /** `?batch=1`: the answer is an array, one entry per call, in order. */
  batch: boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The staff API's reads, GET queries (`/api/trpc/runs.list?input=…`, and the SPA's batches
 * `/api/trpc/runs.list,projects.list?batch=1&input={"0":…,"1":…}`), answered by calling the
 * procedures themselves: tRPC's middlewares, input validation and error formatter all run as
 * usual, and the answer is the same JSON with the same status and headers as tRPC's Node adapter
 * writes (trpc-direct-queries.test.ts compares them). A query has no AbortSignal: it is one short
 * gRPC call, and if its client leaves, the answer is dropped.
 *
 * Anything else returns false and goes to tRPC's own adapters: subscriptions, mutations, paths
 * that need decoding or name no query, query strings with more than `batch` and `input`, input
 * that is not JSON (or not an object in a batch), and streaming requests (`trpc-accept`, or
 * `application/jsonl` accepted). Those keep tRPC's exact behaviour, errors included.
 */
export function createQueryHandler<TRouter extends AnyTRPCRouter>(
  options: TrpcHandlerOptions<TRouter>,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const procedures = options.router._def.procedures as Record<string, AnyTRPCProcedure | undefined>;
  const config = options.router._def._config;
  const deserialize = (input: unknown) =>
    input === undefined ? undefined : (config.transformer.input.deserialize(input) as unknown);

  /** The query procedure at `path`; an own property only (`constructor` names no procedure). */
  const queryAt = (path: string) => {
    const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
    return procedure?._def.type === 'query' ? procedure : undefined;
  };

  function parse(req: IncomingMessage): QueryRequest | null {
    // Streaming answers (`trpc-accept`, or `application/jsonl` among the accepted types) are tRPC's.
    if (req.method !== 'GET' || req.headers['trpc-accept'] !== undefined) return null;
    if (req.headers.accept?.includes('application/jsonl')) return null;
    const url = req.url ?? '';
    const queryStart = url.indexOf('?');
    const pathText = url.slice(options.basePath.length, queryStart < 0 ? undefined : queryStart);
    let batch = false;
    let inputText: string | null = null;
    for (const [name, value] of new URLSearchParams(queryStart < 0 ? '' : url.slice(queryStart + 1))) {
      if (name === 'input' && inputText === null) inputText = value;
      else if (name === 'batch' && value === '1' && !batch) batch = true;
      else return null;
    }
    let inputs: unknown;
    if (inputText) {
      try {
        inputs = JSON.parse(inputText);
      } catch {
        return null;
      }
    }
    if (batch && inputs !== undefined && !isPlainObject(inputs)) return null;
    const paths = batch ? pathText.split(',') : [pathText];
    const calls: QueryCall[] = [];
    for (const [index, path] of paths.entries()) {
      const procedure = queryAt(path);
      if (!procedure) return null;
      const input = batch ? (inputs as Record<string, unknown> | undefined)?.[index] : inputs;
      calls.push({ path, batchIndex: index, procedure, input: deserialize(input) });
    }
    return { calls, batch };
  }

  async function answer(req: IncomingMessage, res: ServerResponse, request: QueryRequest): Promise<void> {
    let ctx: inferRouterContext<TRouter> | undefined;
    let contextFailure: { cause: unknown } | undefined;
    try {
      ctx = await options.createContext(req);
    } catch (cause) {
      contextFailure = { cause };
    }
    const results = await Promise.all(
      request.calls.map(async ({ path, batchIndex, procedure, input }) => {
        try {
          if (contextFailure) throw contextFailure.cause;
          const data: unknown = await procedure({
            ctx,
            path,
            type: 'query',
            getRawInput: () => Promise.resolve(input),
            signal: undefined,
            batchIndex,
          });
          return { result: { data } };
        } catch (cause) {
          const error = getTRPCErrorFromUnknown(cause);
          options.onError(error, path);
          return { error: getErrorShape({ config, error, type: 'query', path, input, ctx }) };
        }
      }),
    );
    const response = request.batch ? results : results[0]!;
    res.statusCode = getHTTPStatusCode(response);
    res.setHeader('vary', 'trpc-accept, accept');
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(transformTRPCResponse(config, response)));
  }

  return (req, res) => {
    const request = parse(req);
    if (!request) return false;
    answer(req, res, request).catch((error: unknown) => answerNotWritten(req, res, error));
    return true;
  };
}
