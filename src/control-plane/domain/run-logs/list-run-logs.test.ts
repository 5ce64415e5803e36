import { describe, expect, it } from 'vitest';
import { type LiveAccessGrant } from '../access/live-access-guard.js';
import { callBy, refusalOf, staffCast, testId } from '../testing/memory-platform.js';
import { listRunLogs } from './list-run-logs.js';
import { type RunLogChunk, type RunLogReadStore, type RunLogsPorts } from './ports.js';
import { watchRunLogs } from './watch-run-logs.js';

const chunk = (seq: number): RunLogChunk => ({
  seq,
  stream: 'stdout',
  at: new Date(),
  text: `line ${seq}\n`,
});

/** Run logs over the cast's runs: three chunks per run; what was read and which grant was held. */
function setup() {
  const cast = staffCast();
  const run = cast.memory.addRun(cast.project, 'running');
  const unbound = cast.memory.addRun(null, 'running');
  const pages: Array<{ runId: string; limit: number }> = [];
  const grants: LiveAccessGrant[] = [];
  const logs: Pick<RunLogReadStore, 'findRun' | 'listChunks'> = {
    findRun: async (runId) => {
      const found = cast.memory.state.runs.find((candidate) => candidate.id === runId);
      return found ? { projectId: found.projectId } : null;
    },
    listChunks: async (runId, page) => {
      pages.push({ runId, limit: page.limit });
      return { items: [chunk(1), chunk(2), chunk(3)], nextCursor: '' };
    },
  };
  const deps: RunLogsPorts = {
    directory: cast.memory.directory,
    logs: logs as RunLogReadStore,
    feed: {
      subscribe: async function* (_runId: string, afterSeq: number) {
        for (const seq of [1, 2, 3]) if (seq > afterSeq) yield chunk(seq);
      },
    },
    liveAccess: {
      guard: (grant, signal, open) => {
        grants.push(grant);
        return (async function* () {
          yield* open(signal);
        })();
      },
    },
  };
  return { ...cast, run, unbound, deps, pages, grants };
}

describe('listRunLogs and watchRunLogs', () => {
  it('answer the run’s readers: a page (200 chunks by default) or the chunks after a seq, live-guarded', async () => {
    const { deps, reader, run, pages, grants } = setup();
    const page = await listRunLogs(deps, callBy(reader), { runId: run.id });
    expect(page.items.map((item) => item.seq)).toEqual([1, 2, 3]);
    expect(pages).toEqual([{ runId: run.id, limit: 200 }]);
    const seqs: number[] = [];
    for await (const item of await watchRunLogs(
      deps,
      callBy(reader),
      { runId: run.id, afterSeq: 1 },
      new AbortController().signal,
    ))
      seqs.push(item.seq);
    expect(seqs).toEqual([2, 3]);
    expect(grants.map((grant) => [grant.userId, grant.projectId])).toEqual([[reader.id, run.projectId]]);
  });

  it('refuse outsiders, members for runs without a project, unknown runs and bad limits or resume points', async () => {
    const { deps, admin, reader, outsider, run, unbound, pages, grants } = setup();
    const signal = new AbortController().signal;
    const cases: Array<[Promise<unknown>, string]> = [
      [listRunLogs(deps, callBy(outsider), { runId: run.id }), 'permission_denied'],
      [listRunLogs(deps, callBy(reader), { runId: unbound.id }), 'permission_denied'],
      [listRunLogs(deps, callBy(admin), { runId: testId(1) }), 'not_found'],
      [listRunLogs(deps, callBy(admin), { runId: run.id, limit: 1001 }), 'invalid_argument'],
      [watchRunLogs(deps, callBy(outsider), { runId: run.id, afterSeq: 0 }, signal), 'permission_denied'],
      [watchRunLogs(deps, callBy(admin), { runId: run.id, afterSeq: -1 }, signal), 'invalid_argument'],
    ];
    for (const [attempt, kind] of cases) expect(await refusalOf(attempt)).toBe(kind);
    expect(pages).toEqual([]);
    expect(grants).toEqual([]);
  });
});
