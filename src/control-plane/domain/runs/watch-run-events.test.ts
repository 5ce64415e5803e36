import { describe, expect, it } from 'vitest';
import { type LiveAccessGrant } from '../access/live-access-guard.js';
import { callBy, refusalOf, staffCast } from '../testing/memory-platform.js';
import { type FlowEventRecord } from './ports.js';
import { watchRunEvents } from './watch-run-events.js';

/** The feed and the guard as the use-case sees them: what it subscribed to and which grant it held. */
function setup() {
  const cast = staffCast();
  const subscribed: Array<{ correlationId: string; afterId: number }> = [];
  const grants: LiveAccessGrant[] = [];
  const deps = {
    ...cast.memory,
    events: {
      subscribe: async function* (correlationId: string, afterId: number): AsyncGenerator<FlowEventRecord> {
        subscribed.push({ correlationId, afterId });
        yield* cast.memory.state.events.filter(
          (event) => event.correlationId === correlationId && event.id > afterId,
        );
      },
    },
    liveAccess: {
      guard: <T>(
        grant: LiveAccessGrant,
        signal: AbortSignal,
        open: (signal: AbortSignal) => AsyncIterable<T>,
      ) => {
        grants.push(grant);
        return (async function* () {
          yield* open(signal);
        })();
      },
    },
  };
  return { ...cast, deps, subscribed, grants };
}

describe('watchRunEvents', () => {
  it('streams the run’s events after the given id, holding a grant that ends when the reader leaves the project', async () => {
    const { deps, reader, project, memory, subscribed, grants } = setup();
    const run = memory.addRun(project, 'running');
    const later = memory.addEvent(run.correlationId, 'run.started');
    const events = await watchRunEvents(
      deps,
      callBy(reader),
      { runId: run.id, afterEventId: 0 },
      new AbortController().signal,
    );
    const seen: number[] = [];
    for await (const event of events) seen.push(event.id);
    expect(seen.at(-1)).toBe(later.id);
    expect(subscribed).toEqual([{ correlationId: run.correlationId, afterId: 0 }]);
    const actor = { userId: reader.id, email: reader.email, isPlatformAdmin: false, isPlatformOwner: false };
    expect(() => grants[0]?.rule({ actor, roles: new Map([[project.id, 'read']]) })).not.toThrow();
    expect(() => grants[0]?.rule({ actor, roles: new Map() })).toThrow(/not a member/);
    expect(() => grants[0]?.rule(null)).toThrow();
  });

  it('refuses outsiders, bad resume points and unknown runs before subscribing', async () => {
    const { deps, outsider, admin, project, memory, subscribed } = setup();
    const run = memory.addRun(project);
    const signal = new AbortController().signal;
    expect(
      await refusalOf(watchRunEvents(deps, callBy(outsider), { runId: run.id, afterEventId: 0 }, signal)),
    ).toBe('permission_denied');
    expect(
      await refusalOf(watchRunEvents(deps, callBy(admin), { runId: run.id, afterEventId: -1 }, signal)),
    ).toBe('invalid_argument');
    expect(
      await refusalOf(watchRunEvents(deps, callBy(admin), { runId: admin.id, afterEventId: 0 }, signal)),
    ).toBe('not_found');
    expect(subscribed).toEqual([]);
  });
});
