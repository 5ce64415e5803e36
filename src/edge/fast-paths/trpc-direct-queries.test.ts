import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type TrpcContext } from '../trpc/context.js';
import { publicProcedure, router, staffProcedure } from '../trpc/trpc.js';
import { createQueryHandler } from './trpc-direct-queries.js';

/** A router built with the edge's own tRPC instance, so its error formatter is the one under test. */
const testRouter = router({
  echo: publicProcedure
    .input(z.object({ name: z.string().min(1, 'must not be empty'), count: z.number().int().default(1) }))
    .query(({ input }) => ({ greeting: `hello ${input.name}`, count: input.count, when: null })),
  noInput: publicProcedure.query(() => ['a', 'b']),
  whoami: staffProcedure.query(({ ctx }) => ctx.principal.email),
  broken: publicProcedure.query(() => {
    throw new Error('database exploded');
  }),
  conflict: publicProcedure.query(() => {
    throw new TRPCError({ code: 'CONFLICT', message: 'already there' });
  }),
  change: publicProcedure.mutation(() => 'changed'),
  nested: router({ deeper: publicProcedure.query(() => 'deep') }),
});

const basePath = '/api/trpc/';
const errors: string[] = [];

/** A signed-in context when the request says `x-test-user`, none otherwise; `x-test-fail` breaks it. */
async function createContext(headers: { get(name: string): string | null }): Promise<TrpcContext> {
  if (headers.get('x-test-fail')) throw new Error('context exploded');
  const email = headers.get('x-test-user');
  const session: TrpcContext['session'] = email
    ? {
        principal: { userId: 'u-1', email, githubLogin: '', isPlatformAdmin: false, isPlatformOwner: false },
        expiresAtMs: Date.now() + 60_000,
        renewal: 'sign-in',
      }
    : null;
  return {
    // Never called: these procedures do not reach the control-plane.
    controlPlane: {} as TrpcContext['controlPlane'],
    signInOptions: { githubLogin: false, devLogin: false },
    principal: session?.principal ?? null,
    session,
    correlationId: 'test',
    logger: undefined as never,
  };
}

interface Answer {
  status: number;
  contentType: string | null;
  vary: string | null;
  body: unknown;
}

let server: Server;
let origin = '';
/** tRPC's own Node adapter on the same router: what serves when the fast paths are off. */
let stockServer: Server;
let stockOrigin = '';

const listening = async (listener: Server): Promise<string> => {
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  const queries = createQueryHandler({
    router: testRouter,
    basePath,
    createContext: (req) =>
      createContext({ get: (name) => (req.headers[name] as string | undefined) ?? null }),
    onError: (error, path) => errors.push(`${path ?? '?'}: ${error.code}`),
  });
  // Whatever the query path declines answers 599, so each case shows which path it took.
  server = createServer((req, res) => {
    if (queries(req, res)) return;
    res.statusCode = 599;
    res.end('declined');
  });
  origin = await listening(server);
  stockServer = createServer(
    createHTTPHandler({
      router: testRouter,
      basePath,
      createContext: ({ req }) =>
        createContext({ get: (name) => (req.headers[name] as string | undefined) ?? null }),
      onError: ({ error, path }) => errors.push(`${path ?? '?'}: ${error.code}`),
    }),
  );
  stockOrigin = await listening(stockServer);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => stockServer.close(resolve));
});

async function answerOf(url: string, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    vary: response.headers.get('vary'),
    body: response.status === 599 ? text : (JSON.parse(text) as unknown),
  };
}

const viaQueryPath = (path: string, headers: Record<string, string> = {}) =>
  answerOf(`${origin}${path}`, headers);
const viaNodeAdapter = (path: string, headers: Record<string, string> = {}) =>
  answerOf(`${stockOrigin}${path}`, headers);

const input = (value: unknown) => `?input=${encodeURIComponent(JSON.stringify(value))}`;
const batchInput = (value: Record<number, unknown>) => encodeURIComponent(JSON.stringify(value));

describe('the query path', () => {
  it.each([
    ['a query with input', `echo${input({ name: 'Ada "quoted" \' -- ; drop table' })}`, {}, 200],
    ['a query whose input takes a default', `echo${input({ name: 'Ada', count: 3 })}`, {}, 200],
    ['a query without input', 'noInput', {}, 200],
    ['a query with an empty input parameter', 'noInput?input=', {}, 200],
    ['a nested procedure path', 'nested.deeper', {}, 200],
    ['invalid input (BAD_REQUEST naming the field)', `echo${input({ name: '' })}`, {}, 400],
    ['missing input', 'echo', {}, 400],
    ['a staff query without a principal (UNAUTHORIZED)', 'whoami', {}, 401],
    ['a staff query with one', 'whoami', { 'x-test-user': 'staff@example.com' }, 200],
    ['a procedure that throws a TRPCError', 'conflict', {}, 409],
    ['a procedure that fails unexpectedly', 'broken', {}, 500],
    ['a context that cannot be made', 'noInput', { 'x-test-fail': '1' }, 500],
    ['a batch of one', `noInput?batch=1`, {}, 200],
    [
      'a batch of successes',
      `echo,noInput,echo?batch=1&input=${batchInput({ 0: { name: 'a' }, 2: { name: 'b', count: 2 } })}`,
      {},
      200,
    ],
    ['a batch of failures alike', `whoami,whoami?batch=1`, {}, 401],
    [
      'a batch of mixed answers (207)',
      `echo,whoami,broken?batch=1&input=${batchInput({ 0: { name: 'a' } })}`,
      {},
      207,
    ],
    ['a batch whose context cannot be made', `noInput,noInput?batch=1`, { 'x-test-fail': '1' }, 500],
  ])('answers %s exactly as tRPC’s Node adapter does', async (_label, path, headers, status) => {
    errors.length = 0;
    const single = await viaQueryPath(`${basePath}${path}`, headers);
    const singleErrors = [...errors];
    errors.length = 0;
    const reference = await viaNodeAdapter(`${basePath}${path}`, headers);
    expect(single.status).toBe(status);
    expect(single).toEqual(reference);
    // onError saw the same failures both ways (and none for a success).
    expect(singleErrors).toEqual([...errors]);
    expect(singleErrors.length > 0).toBe(status !== 200);
  });

  it('keeps the error formatter’s field errors', async () => {
    const answer = await viaQueryPath(`${basePath}echo${input({ name: '' })}`);
    expect(answer.body).toMatchObject({
      error: {
        message: 'name: must not be empty',
        data: { code: 'BAD_REQUEST', httpStatus: 400, path: 'echo', fieldErrors: [{ path: ['name'] }] },
      },
    });
  });

  it.each([
    ['a batch with a mutation in it', `noInput,change?batch=1`],
    ['a batch whose input is not an object', `noInput?batch=1&input=${encodeURIComponent('[1]')}`],
    ['a batch parameter other than 1', `noInput?batch=true`],
    ['a mutation asked for with GET', 'change'],
    ['an unknown procedure', 'nope'],
    ['a path that needs decoding', 'nested%2Edeeper'],
    ['a path naming an inherited property', 'constructor'],
    ['a path naming the prototype', '__proto__'],
    ['input that is not JSON', 'echo?input=%7Bnot-json'],
    ['a second query parameter', `echo${input({ name: 'a' })}&connectionParams=%7B%7D`],
    ['a repeated input parameter', `echo${input({ name: 'a' })}&input=%7B%7D`],
  ])('leaves %s to tRPC’s adapters', async (_label, path) => {
    expect((await viaQueryPath(`${basePath}${path}`)).status).toBe(599);
  });

  it('leaves POST requests and streaming requests to tRPC’s adapters', async () => {
    const post = await fetch(`${origin}${basePath}noInput`, { method: 'POST' });
    expect(post.status).toBe(599);
    await post.text();
    const streaming = await viaQueryPath(`${basePath}noInput`, { 'trpc-accept': 'application/jsonl' });
    expect(streaming.status).toBe(599);
    const accepting = await viaQueryPath(`${basePath}noInput?batch=1`, {
      accept: 'application/json, application/jsonl',
    });
    expect(accepting.status).toBe(599);
    // An ordinary Accept header is no reason to leave the query path.
    const plain = await viaQueryPath(`${basePath}noInput`, { accept: 'application/json, */*' });
    expect(plain.status).toBe(200);
  });
});
