import { createServer, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runPacedLoad } from './paced-load.js';

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A local HTTP server whose answer to the n-th request (from 1) `answer` decides. */
async function serve(answer: (n: number, res: ServerResponse) => void): Promise<string> {
  let count = 0;
  server = createServer((req, res) => {
    req.resume();
    answer(++count, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('runPacedLoad', () => {
  it('sends every request at its time and counts statuses, framings and broken connections', async () => {
    const seen: string[] = [];
    const origin = await serve((n, res) => {
      if (n % 10 === 0) res.statusCode = 503;
      if (n % 7 === 0) {
        res.write('streamed '); // no length: chunked
        res.end('answer');
      } else if (n === 13) {
        res.socket?.destroy(); // the request in flight on it fails; the connection is opened again
      } else {
        res.end(JSON.stringify({ n }));
      }
    });
    server!.on('request', (req) => seen.push(`${req.method} ${req.url} ${req.headers['authorization']}`));

    const startedAt = performance.now();
    const result = await runPacedLoad({
      url: `${origin}/api/trpc/runs.list?input=%7B%7D`,
      headers: { authorization: 'Bearer t' },
      connections: 4,
      ratePerSecond: 200,
      durationSeconds: 0.5,
    });

    expect(result.completed + result.errors).toBe(100);
    expect(result.errors).toBe(1);
    expect(result.non2xx).toBe(10); // n = 10, 20, …, 100
    expect(seen).toHaveLength(100);
    expect(new Set(seen)).toEqual(new Set(['GET /api/trpc/runs.list?input=%7B%7D Bearer t']));
    // Evenly spaced: the last of 100 requests at 200/s is due 495 ms after the first.
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(495);
    expect(result.latencies).toHaveLength(result.completed);
  });

  it('times a request from when it was due, so waiting for a busy connection counts', async () => {
    const origin = await serve((_n, res) => setTimeout(() => res.end('slow'), 50));
    const result = await runPacedLoad({
      url: `${origin}/`,
      headers: {},
      connections: 1,
      ratePerSecond: 100,
      durationSeconds: 0.1,
    });
    expect(result.completed).toBe(10);
    // One connection, 50 ms per answer, one request due every 10 ms: the tenth waits ~9 × 40 ms.
    expect(result.latencies.at(-1)).toBeGreaterThan(300);
  });
});
