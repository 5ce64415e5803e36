import { describe, expect, it } from 'vitest';
import { leaseOwnerId, TickLoop } from './tick-loop.js';

describe('TickLoop', () => {
  it('ticks at start, one at a time, each next one after the delay its result asks for', async () => {
    const delays: (number | undefined)[] = [];
    let active = 0;
    let overlapped = false;
    let ticks = 0;
    const loop = new TickLoop(
      async () => {
        active += 1;
        overlapped ||= active > 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        active -= 1;
        return (ticks += 1);
      },
      (result) => {
        delays.push(result);
        return result === 1 ? 0 : 1;
      },
    );
    loop.start();
    await expect.poll(() => ticks, { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
    await loop.stop();
    expect(overlapped).toBe(false);
    expect(delays.slice(0, 3)).toEqual([1, 2, 3]);
  });

  it('stop aborts the signal and waits for the tick in progress; no tick starts after it', async () => {
    let release!: () => void;
    let ticks = 0;
    let sawAbort = false;
    const loop = new TickLoop(
      async (signal) => {
        ticks += 1;
        await new Promise<void>((resolve) => (release = resolve));
        sawAbort = signal.aborted;
      },
      () => 0,
    );
    loop.start();
    await expect.poll(() => ticks).toBe(1);
    let stopped = false;
    const stopping = loop.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(sawAbort).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ticks).toBe(1);
  });

  it('a tick that throws is reported and the loop goes on', async () => {
    const errors: unknown[] = [];
    let ticks = 0;
    const loop = new TickLoop(
      async () => {
        ticks += 1;
        if (ticks === 1) throw new Error('boom');
      },
      () => 0,
      { onError: (error) => errors.push(error) },
    );
    loop.start();
    await expect.poll(() => ticks).toBeGreaterThanOrEqual(2);
    await loop.stop();
    expect(errors).toEqual([new Error('boom')]);
  });

  it('lease owner ids are unique per call and carry their suffix', () => {
    expect(leaseOwnerId()).not.toBe(leaseOwnerId());
    expect(leaseOwnerId('reports')).toMatch(new RegExp(`:${process.pid}:[0-9a-f]{8}:reports$`));
  });
});
