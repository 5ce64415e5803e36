import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast, testId } from '../testing/memory-platform.js';
import { getRun } from './get-run.js';
import { listRunEvents } from './list-run-events.js';
import { listRunLearningFeedback } from './list-run-learning-feedback.js';

/** runs.get, runs.events and runs.learningFeedback share one access rule; each is checked against it. */
const reads = {
  getRun,
  listRunEvents,
  listRunLearningFeedback,
};

describe('the run reads (getRun, listRunEvents, listRunLearningFeedback)', () => {
  it('answer platform admins and the members of the run’s project', async () => {
    const { memory, admin, reader, project } = staffCast();
    const run = memory.addRun(project, 'running');
    memory.state.feedback.push({
      id: 1,
      runId: run.id,
      repositoryId: null,
      prNumber: null,
      filePath: null,
      line: null,
      kind: 'inline',
      explanation: 'why',
      createdAt: new Date(),
    });
    for (const caller of [admin, reader]) {
      expect(await getRun(memory, callBy(caller), { runId: run.id })).toMatchObject({
        run: { id: run.id },
        payload: { delivery_id: run.correlationId },
      });
      const events = await listRunEvents(memory, callBy(caller), { runId: run.id });
      expect(events.items.map((event) => event.eventType)).toEqual(['webhook.received']);
      const feedback = await listRunLearningFeedback(memory, callBy(caller), { runId: run.id });
      expect(feedback.items.map((entry) => entry.explanation)).toEqual(['why']);
    }
  });

  it('refuse outsiders, members for runs without a project, unknown runs, bad ids and deleted callers', async () => {
    const { memory, admin, reader, outsider, project } = staffCast();
    const run = memory.addRun(project);
    const unbound = memory.addRun(null);
    const cases: Array<[{ id: string }, string, string]> = [
      [outsider, run.id, 'permission_denied'],
      [reader, unbound.id, 'permission_denied'],
      [admin, testId(1), 'not_found'],
      [admin, 'not-a-uuid', 'invalid_argument'],
      [{ id: testId(2) }, run.id, 'permission_denied'],
    ];
    for (const read of Object.values(reads))
      for (const [caller, runId, kind] of cases)
        expect(await refusalOf(read(memory, callBy(caller), { runId })), `${read.name} ${kind}`).toBe(kind);
  });
});

describe('getRun: why a pending run waits', () => {
  it("gives a pending run of a project its slots in use and its place in the project's queue; others none", async () => {
    const { memory, admin, reader, project } = staffCast();
    memory.addRun(project, 'running');
    const first = memory.addRun(project, 'pending');
    const second = memory.addRun(project, 'pending');
    second.createdAt = new Date(first.createdAt.getTime() + 1000);
    const finished = memory.addRun(project, 'succeeded');
    const orphan = memory.addRun(null, 'pending');
    expect((await getRun(memory, callBy(reader), { runId: first.id })).queue).toEqual({
      slotsInUse: 1,
      slotsTotal: 2,
      position: 1,
    });
    expect((await getRun(memory, callBy(reader), { runId: second.id })).queue?.position).toBe(2);
    expect((await getRun(memory, callBy(reader), { runId: finished.id })).queue).toBeNull();
    expect((await getRun(memory, callBy(admin), { runId: orphan.id })).queue).toBeNull();
  });
});
