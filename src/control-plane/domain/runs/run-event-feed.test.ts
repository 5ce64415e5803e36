import { describe, expect, it } from 'vitest';
import { RunEventFeed } from './run-event-feed.js';
import { type FlowEventSource, type FlowEventRecord } from './ports.js';

function memorySource(): FlowEventSource & { add(correlationId: string): FlowEventRecord; queries: number } {
  const events: FlowEventRecord[] = [];
  let nextId = 1;
  return {
    queries: 0,
    add(correlationId) {
      const event: FlowEventRecord = {
        id: nextId++,
        correlationId,
        actorType: 'system',
        actorId: 'test',
        actorEmail: null,
        eventType: 'e',
        payload: {},
        createdAt: new Date(),
      };
      events.push(event);
      return event;
    },
    async eventsAfter(correlationIds, afterId, limit, upToId) {
      this.queries += 1;
      return events
        .filter(
          (event) =>
            correlationIds.includes(event.correlationId) &&
            event.id > afterId &&
            (upToId === undefined || event.id <= upToId),
        )
        .slice(0, limit);
    },
  };
}

async function take(iterator: AsyncGenerator<FlowEventRecord>, count: number): Promise<number[]> {
  const ids: number[] = [];
  while (ids.length < count) {
    const { value, done } = await iterator.next();
    if (done) break;
    ids.push(value.id);
  }
  return ids;
}

describe('RunEventFeed', () => {
  it('gives each subscriber its backlog then live events, in order, without repeats, while sharing one poll', async () => {
    const source = memorySource();
    const feed = new RunEventFeed({ source, intervalMs: 10, batchSize: 2 });
    const a1 = source.add('a');
    source.add('b');
    const a2 = source.add('a');
    const abort = new AbortController();
    const first = feed.subscribe('a', 0, abort.signal);
    expect(await take(first, 2)).toEqual([a1.id, a2.id]);

    const a3 = source.add('a');
    expect(await take(first, 1)).toEqual([a3.id]);
    // A late subscriber resuming from the start reads what the shared watch already passed itself.
    const second = feed.subscribe('a', a1.id, abort.signal);
    const a4 = source.add('a');
    expect(await take(second, 3)).toEqual([a2.id, a3.id, a4.id]);
    expect(await take(first, 1)).toEqual([a4.id]);

    abort.abort();
    expect((await first.next()).done).toBe(true);
    expect((await second.next()).done).toBe(true);
    expect(feed.watchedRuns).toBe(0);
    feed.close();
  });

  it('ends every subscription on close', async () => {
    const feed = new RunEventFeed({ source: memorySource(), intervalMs: 10 });
    const subscription = feed.subscribe('a', 0, new AbortController().signal);
    const pending = subscription.next();
    await new Promise((resolve) => setTimeout(resolve, 30));
    feed.close();
    expect((await pending).done).toBe(true);
  });
});
