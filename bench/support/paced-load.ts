import { Pool } from 'undici';

export interface PacedLoadOptions {
  url: string;
  headers: Record<string, string>;
  /** Keep-alive connections the requests share (at most this many in flight). */
  connections: number;
  /** Requests started per second, evenly spaced. */
  ratePerSecond: number;
  durationSeconds: number;
  /** Called with each answer's scheduled start (ms since the run began) and latency, for timelines. */
  onAnswer?: (dueAtMs: number, latencyMs: number) => void;
}

export interface PacedLoadResult {
  /** Requests sent and answered. */
  completed: number;
  /** Answers per second over the whole run, the wait for the last ones included. */
  achievedPerSecond: number;
  non2xx: number;
  errors: number;
  /** Milliseconds from each request's scheduled start to its last byte, ascending. */
  latencies: number[];
}

/**
 * An open-loop load at a fixed rate: request i is due at start + i / rate whether or not earlier
 * ones have been answered, and its latency counts from that moment. A slow answer therefore
 * cannot hold back the requests behind it and hide its own cost (coordinated omission), and when
 * all connections are busy the wait for one counts too. autocannon's own rate limit cannot serve
 * here: each connection sends its share of a second back to back and then idles, so it measures
 * bursts at full load rather than a steady rate.
 */
export async function runPacedLoad(options: PacedLoadOptions): Promise<PacedLoadResult> {
  const target = new URL(options.url);
  const path = `${target.pathname}${target.search}`;
  const pool = new Pool(target.origin, { connections: options.connections, pipelining: 1 });
  const intervalMs = 1000 / options.ratePerSecond;
  const total = Math.round(options.ratePerSecond * options.durationSeconds);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let sent = 0;
  let settled = 0;
  const startedAt = performance.now();

  await new Promise<void>((resolve) => {
    const settle = () => {
      settled++;
      if (settled === total) resolve();
    };
    const send = (dueAt: number) => {
      pool.dispatch(
        { origin: target.origin, path, method: 'GET', headers: options.headers },
        {
          onConnect() {},
          onHeaders(statusCode) {
            if (statusCode < 200 || statusCode > 299) non2xx++;
            return true;
          },
          onData() {
            return true;
          },
          onComplete() {
            const latency = performance.now() - dueAt;
            latencies.push(latency);
            options.onAnswer?.(dueAt - startedAt, latency);
            settle();
          },
          onError() {
            errors++;
            settle();
          },
        },
      );
    };
    // Timers fire about once a millisecond at best: each tick sends everything that has come due.
    const tick = () => {
      const now = performance.now();
      while (sent < total && startedAt + sent * intervalMs <= now) {
        send(startedAt + sent * intervalMs);
        sent++;
      }
      if (sent < total) setTimeout(tick, Math.max(0, startedAt + sent * intervalMs - performance.now()));
    };
    tick();
  });
  const elapsedSeconds = (performance.now() - startedAt) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  return {
    completed: latencies.length,
    achievedPerSecond: latencies.length / elapsedSeconds,
    non2xx,
    errors,
    latencies,
  };
}
