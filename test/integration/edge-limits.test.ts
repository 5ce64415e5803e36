/**
 * SPEC §15 at the edge, through the real built edge and control-plane on real PostgreSQL: tRPC
 * bodies and batches are bounded before they are read, every tRPC answer says `no-store` and
 * `nosniff`, mutations and dev sign-in refuse foreign origins, and `/metrics` moves to its own
 * listener (CODEXK8S_METRICS_ADDR). Run both ways: with the fast paths on, and off.
 */
import { readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import {
  newSecrets,
  startControlPlane,
  startEdge,
  type ControlPlaneHandle,
  type EdgeHandle,
  type PlatformSecrets,
} from '../support/platform.js';
import { freePort } from '../support/ports.js';
import { mintStaffJwt } from '../support/staff-api-client.js';
import { staffCookieName } from '../support/staff-session.js';

const mebibyte = 1024 * 1024;

let database: TestDatabase;
let secrets: PlatformSecrets;
let controlPlane: ControlPlaneHandle;
let edge: EdgeHandle;
let metricsPort: number;
let ownerToken: string;

beforeAll(async () => {
  database = await createTestDatabase('codexk8s_limits');
  secrets = newSecrets();
  controlPlane = await startControlPlane({ databaseUrl: database.url, secrets });
  metricsPort = await freePort();
  edge = await startEdge({
    secrets,
    controlPlaneTarget: controlPlane.grpcTarget,
    env: { CODEXK8S_METRICS_ADDR: `127.0.0.1:${metricsPort}` },
  });
  const { rows } = await database.query<{ id: string }>('select id from users where is_platform_owner');
  ownerToken = await mintStaffJwt(secrets.jwtSigningKey, {
    id: rows[0]!.id,
    email: secrets.ownerEmail,
    isPlatformAdmin: true,
    isPlatformOwner: true,
  });
}, 90_000);

afterAll(async () => {
  await edge?.process.stop();
  await controlPlane?.process.stop();
  await database?.drop();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A plain HTTP exchange, with any header (fetch would not let a test choose `Origin` freely). */
function exchange(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
  port = edge.port,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        });
        // An answer that came before the declared body was sent ends the exchange.
        req.destroy();
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const bearer = () => ({ authorization: `Bearer ${ownerToken}` });
const json = { 'content-type': 'application/json' };
const trpcCode = (answer: Answer) =>
  (JSON.parse(answer.body) as { error?: { data?: { code?: string } } }).error?.data?.code;

async function projectCount(): Promise<number> {
  const { rows } = await database.query<{ count: string }>('select count(*) from projects');
  return Number(rows[0]?.count);
}

/** Resident memory of a process, from the kernel (`VmRSS`, kB). */
function residentBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}

/**
 * Posts a body of `totalBytes` in 64 KiB chunks, with its length declared up front or streamed
 * chunked, and stops sending as soon as the edge answers (as a browser or curl does).
 */
function postHuge(
  path: string,
  totalBytes: number,
  declareLength: boolean,
  headers: Record<string, string>,
): Promise<{ status: number; sentBytes: number }> {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const req = request({
      host: '127.0.0.1',
      port: edge.port,
      method: 'POST',
      path,
      headers: { ...json, ...headers, ...(declareLength ? { 'content-length': String(totalBytes) } : {}) },
    });
    req.on('response', (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sentBytes });
      req.destroy();
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('tRPC bodies and batches are bounded before they are read', () => {
  it('4 concurrent 100 MB posts, unauthenticated and then authenticated, are each answered 413; the edge grows < 20 MB', async () => {
    const pid = edge.process.child.pid!;
    // Warm the mutation path so that what it loads once is not counted as growth.
    const warm = await exchange(
      'POST',
      '/api/trpc/projects.upsert',
      { ...json, ...bearer() },
      '{"slug":"warm","name":"Warm"}',
    );
    expect(warm.status).toBe(200);
    const before = residentBytes(pid);
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, residentBytes(pid));
    }, 20);
    try {
      for (const headers of [{}, bearer()]) {
        const answers = await Promise.all(
          [true, false, true, false].map((declareLength) =>
            postHuge('/api/trpc/projects.upsert', 100 * mebibyte, declareLength, headers),
          ),
        );
        expect(answers.map((answer) => answer.status)).toEqual([413, 413, 413, 413]);
        // Answered while the client was still sending: the edge did not wait for the rest.
        for (const answer of answers) expect(answer.sentBytes).toBeLessThan(100 * mebibyte);
      }
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, residentBytes(pid));
    expect(peak - before).toBeLessThan(20 * mebibyte);
    expect(await projectCount()).toBe(1);
  }, 120_000);

  it('a body at the limit is served; one byte more is 413 with a tRPC error, before the session is looked at', async () => {
    const framing = '{"slug":"at-limit","name":"At limit","padding":""}';
    const atLimit = framing.replace('""', `"${'x'.repeat(mebibyte - framing.length)}"`);
    expect(Buffer.byteLength(atLimit)).toBe(mebibyte);
    const served = await exchange('POST', '/api/trpc/projects.upsert', { ...json, ...bearer() }, atLimit);
    expect(served.status, served.body).toBe(200);

    const overLimit = atLimit.replace('"x', '"xx');
    for (const headers of [json, { ...json, ...bearer() }]) {
      const refused = await exchange('POST', '/api/trpc/projects.upsert', headers, overLimit);
      expect(refused.status).toBe(413);
      expect(trpcCode(refused)).toBe('PAYLOAD_TOO_LARGE');
      expect(JSON.parse(refused.body)).toMatchObject({
        error: { message: expect.stringContaining('1048576 bytes') },
      });
    }
  });

  it('a batch of 17 calls is refused 400, as GET and as POST; 16 are served', async () => {
    const query = (count: number, separator = ',') =>
      `/api/trpc/${Array.from({ length: count }, () => 'system.signInOptions').join(separator)}?batch=1&input=%7B%7D`;
    const sixteen = await exchange('GET', query(16));
    expect(sixteen.status).toBe(200);
    expect(JSON.parse(sixteen.body)).toHaveLength(16);
    for (const path of [query(17), query(17, '%2C')]) {
      const refused = await exchange('GET', path);
      expect(refused.status, path).toBe(400);
      expect(trpcCode(refused)).toBe('BAD_REQUEST');
      expect(refused.body).toContain('at most 16 calls');
    }

    const mutations = (count: number, prefix: string) => ({
      path: `/api/trpc/${Array.from({ length: count }, () => 'projects.upsert').join(',')}?batch=1`,
      body: JSON.stringify(
        Object.fromEntries(
          Array.from({ length: count }, (_, index) => [index, { slug: `${prefix}-${index}`, name: prefix }]),
        ),
      ),
    });
    const before = await projectCount();
    const tooMany = mutations(17, 'seventeen');
    const refused = await exchange('POST', tooMany.path, { ...json, ...bearer() }, tooMany.body);
    expect(refused.status).toBe(400);
    expect(trpcCode(refused)).toBe('BAD_REQUEST');
    expect(await projectCount()).toBe(before);
    const enough = mutations(16, 'sixteen');
    const served = await exchange('POST', enough.path, { ...json, ...bearer() }, enough.body);
    expect(served.status, served.body).toBe(200);
    expect(JSON.parse(served.body)).toHaveLength(16);
    expect(await projectCount()).toBe(before + 16);
  });
});

describe('tRPC answers: no-store, nosniff and same-origin mutations', () => {
  const runId = '00000000-0000-4000-8000-000000000000';
  const input = (value: unknown) => `?input=${encodeURIComponent(JSON.stringify(value))}`;

  it('every answer says Cache-Control: no-store and X-Content-Type-Options: nosniff, whichever path served it', async () => {
    const answers: Array<[string, Promise<Answer>]> = [
      ['query (query path)', exchange('GET', '/api/trpc/auth.me', bearer())],
      ['query refused (query path)', exchange('GET', '/api/trpc/auth.me')],
      ['query (fetch adapter)', exchange('GET', '/api/trpc/system.signInOptions?trace=1')],
      ['unknown procedure', exchange('GET', '/api/trpc/nope.nothing')],
      [
        'mutation',
        exchange('POST', '/api/trpc/projects.upsert', { ...json, ...bearer() }, '{"slug":"hdr","name":"H"}'),
      ],
      ['mutation refused', exchange('POST', '/api/trpc/projects.upsert', json, '{"slug":"hdr","name":"H"}')],
      [
        'invalid input',
        exchange('POST', '/api/trpc/projects.upsert', { ...json, ...bearer() }, '{"slug":""}'),
      ],
      [
        'foreign origin',
        exchange('POST', '/api/trpc/projects.upsert', { ...json, origin: 'https://evil.example' }, '{}'),
      ],
      ['too large', exchange('POST', '/api/trpc/projects.upsert', { ...json, 'content-length': '2000000' })],
      ['batch too large', exchange('GET', `/api/trpc/${'auth.me,'.repeat(16)}auth.me?batch=1`)],
    ];
    for (const [name, pending] of answers) {
      const answer = await pending;
      expect(answer.headers['cache-control'], name).toBe('no-store');
      expect(answer.headers['x-content-type-options'], name).toBe('nosniff');
    }

    // A subscription's event stream: its headers arrive before any event.
    const stream = await new Promise<IncomingHttpHeaders>((resolve, reject) => {
      const req = request(
        `${edge.url}/api/trpc/runs.watchEvents${input({ runId })}`,
        { headers: bearer(), agent: false },
        (res) => {
          resolve(res.headers);
          req.destroy();
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(stream['content-type']).toMatch(/^text\/event-stream/);
    expect(stream['cache-control']).toBe('no-store');
    expect(stream['x-content-type-options']).toBe('nosniff');
  });

  it('a mutation from a foreign Origin is refused 403 and writes nothing; the same origin, a loopback alias and no Origin are served', async () => {
    const before = await projectCount();
    const post = (slug: string, headers: Record<string, string>) =>
      exchange(
        'POST',
        '/api/trpc/projects.upsert',
        { ...json, ...bearer(), ...headers },
        JSON.stringify({ slug, name: slug }),
      );
    const refusedHeaders: Array<Record<string, string>> = [
      { origin: 'https://evil.example' },
      { origin: `http://localhost:${edge.port + 1}` },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of refusedHeaders) {
      const refused = await post('refused', headers);
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(trpcCode(refused)).toBe('FORBIDDEN');
    }
    expect(await projectCount()).toBe(before);

    const served: Array<[string, Record<string, string>]> = [
      ['same-origin', { origin: edge.url, 'sec-fetch-site': 'same-origin' }],
      ['localhost', { origin: `http://localhost:${edge.port}` }],
      ['ipv6-loopback', { origin: `http://[::1]:${edge.port}` }],
      ['no-origin', {}],
    ];
    for (const [slug, headers] of served) expect((await post(slug, headers)).status, slug).toBe(200);
    expect(await projectCount()).toBe(before + served.length);

    // Queries are reads: a cross-site page cannot read their answers, and they change nothing.
    const read = await exchange('GET', '/api/trpc/auth.me', { ...bearer(), origin: 'https://evil.example' });
    expect(read.status).toBe(200);
  });

  it('dev sign-in refuses a cross-site form post with 403 and no session; same-site posts sign in', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const body = new URLSearchParams({ email: secrets.ownerEmail }).toString();
    const signIn = (headers: Record<string, string>) =>
      exchange('POST', '/api/v1/auth/dev-login', { ...form, ...headers }, body);
    const hasSession = (answer: Answer) =>
      (answer.headers['set-cookie'] ?? []).some((cookie) => cookie.startsWith(`${staffCookieName}=`));

    const crossSite: Array<Record<string, string>> = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of crossSite) {
      const refused = await signIn(headers);
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.parse(refused.body)).toMatchObject({ error: 'cross_site_request' });
      expect(hasSession(refused)).toBe(false);
    }
    const sameSite: Array<Record<string, string>> = [
      { origin: edge.url },
      { origin: `http://localhost:${edge.port}` },
      {},
    ];
    for (const headers of sameSite) {
      const accepted = await signIn(headers);
      expect(accepted.status, JSON.stringify(headers)).toBe(303);
      expect(hasSession(accepted)).toBe(true);
    }
  });
});

describe('fast paths (CODEXK8S_FAST_PATHS)', () => {
  it('both processes serve with the fast paths this pass of the suite asks for', () => {
    // The suite's `fast-paths-off` project runs this file with TEST_FAST_PATHS=false (vitest.config.ts).
    const off = process.env.TEST_FAST_PATHS === 'false';
    for (const started of [edge.process, controlPlane.process])
      expect(started.output().includes('fast paths off (CODEXK8S_FAST_PATHS=false)')).toBe(off);
  });
});

describe('metrics on their own listener (CODEXK8S_METRICS_ADDR)', () => {
  it('serves /metrics on the metrics listener only; the public listener answers 404 for it', async () => {
    const metrics = await exchange('GET', '/metrics', {}, undefined, metricsPort);
    expect(metrics.status).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.body).toContain('codexk8s_grpc_client_calls_total');
    expect((await exchange('GET', '/metrics')).status).toBe(404);
    expect((await exchange('GET', '/health/livez')).status).toBe(200);
    // The metrics listener serves nothing else.
    expect((await exchange('GET', '/api/trpc/auth.me', bearer(), undefined, metricsPort)).status).toBe(404);
  });

  // Last in the file: it stops the edge.
  it('SIGTERM closes both listeners and the edge exits 0', async () => {
    expect(await edge.process.stop('SIGTERM')).toBe(0);
    for (const port of [edge.port, metricsPort])
      await expect(exchange('GET', '/health/livez', {}, undefined, port)).rejects.toThrow(/ECONNREFUSED/);
  });
});
