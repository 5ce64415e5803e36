import { describe, expect, it } from 'vitest';
import { MicroBatcher, type ItemOutcome } from './micro-batcher.js';

const deferred = () => {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
};

describe('MicroBatcher', () => {
  it('sends a lone item at once and groups what arrives while the slots are busy', async () => {
    const batches: number[][] = [];
    const gate = deferred();
    const batcher = new MicroBatcher<number, number>(
      async (items) => {
        batches.push(items);
        if (batches.length === 1) await gate.promise;
        return items.map((value): ItemOutcome<number> => ({ ok: true, value: value * 10 }));
      },
      { maxBatchSize: 3, maxConcurrentBatches: 1 },
    );
    const first = batcher.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[1]]);
    const rest = [2, 3, 4, 5].map((value) => batcher.submit(value));
    expect(batcher.queued).toBe(4);
    gate.release();
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('runs up to maxConcurrentBatches at once', async () => {
    let running = 0;
    let peak = 0;
    const batcher = new MicroBatcher<number, number>(
      async (items) => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return items.map((value) => ({ ok: true, value }));
      },
      { maxBatchSize: 1, maxConcurrentBatches: 2 },
    );
    await Promise.all([1, 2, 3, 4, 5].map((value) => batcher.submit(value)));
    expect(peak).toBe(2);
  });

  it('gives each item its own outcome, and rejects the whole batch when processing throws', async () => {
    const failing = new MicroBatcher<number, number>(
      async (items) =>
        items.map((value) =>
          value % 2 === 0 ? { ok: false, error: new Error(`even ${value}`) } : { ok: true, value },
        ),
      { maxBatchSize: 10, maxConcurrentBatches: 1 },
    );
    const results = await Promise.allSettled([1, 2, 3].map((value) => failing.submit(value)));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);

    const throwing = new MicroBatcher<number, number>(
      async () => {
        throw new Error('database down');
      },
      { maxBatchSize: 10, maxConcurrentBatches: 1 },
    );
    await expect(throwing.submit(1)).rejects.toThrow('database down');
    // The batcher keeps working after a failed batch.
    await expect(throwing.submit(2)).rejects.toThrow('database down');
  });
});
