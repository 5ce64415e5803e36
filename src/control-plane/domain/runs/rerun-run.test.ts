import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast, testId } from '../testing/memory-platform.js';
import { getRun } from './get-run.js';
import { reportableRun, rerunRun } from './rerun-run.js';

describe('rerunRun', () => {
  it('a read_write member reruns a failed run: a pending copy linked both ways, run.rerun on both', async () => {
    const { memory, writer, project } = staffCast();
    const original = memory.addRun(project, 'failed');
    const rerun = await rerunRun(memory, callBy(writer), { runId: original.id });
    expect(rerun).toMatchObject({
      status: 'pending',
      projectId: project.id,
      correlationId: `${original.correlationId}:rerun:1`,
    });
    const again = await rerunRun(memory, callBy(writer), { runId: original.id });
    expect(again.correlationId).toBe(`${original.correlationId}:rerun:2`);
    expect((await getRun(memory, callBy(writer), { runId: original.id })).links).toMatchObject({
      rerunOf: null,
      rerunIds: [rerun.id, again.id],
    });
    expect((await getRun(memory, callBy(writer), { runId: rerun.id })).links.rerunOf).toBe(original.id);
    expect(
      memory.state.events
        .filter((event) => event.eventType === 'run.rerun')
        .map((event) => [event.correlationId, event.actorId]),
    ).toEqual([
      [original.correlationId, writer.id],
      [rerun.correlationId, writer.id],
      [original.correlationId, writer.id],
      [again.correlationId, writer.id],
    ]);
  });

  it('refuses readers, outsiders, unfinished runs, runs without a project for non-admins, unknown and malformed ids', async () => {
    const { memory, admin, writer, reader, outsider, project } = staffCast();
    const finished = memory.addRun(project, 'succeeded');
    expect(await refusalOf(rerunRun(memory, callBy(reader), { runId: finished.id }))).toBe(
      'permission_denied',
    );
    expect(await refusalOf(rerunRun(memory, callBy(outsider), { runId: finished.id }))).toBe(
      'permission_denied',
    );
    for (const status of ['pending', 'running'] as const) {
      const unfinished = memory.addRun(project, status);
      expect(await refusalOf(rerunRun(memory, callBy(admin), { runId: unfinished.id }))).toBe(
        'failed_precondition',
      );
    }
    const orphan = memory.addRun(null, 'canceled');
    expect(await refusalOf(rerunRun(memory, callBy(writer), { runId: orphan.id }))).toBe('permission_denied');
    expect((await rerunRun(memory, callBy(admin), { runId: orphan.id })).status).toBe('pending');
    expect(await refusalOf(rerunRun(memory, callBy(admin), { runId: testId(9999) }))).toBe('not_found');
    expect(await refusalOf(rerunRun(memory, callBy(admin), { runId: 'nope' }))).toBe('invalid_argument');
  });

  it('a rerun reports to GitHub when its payload names a commit, an issue or a pull request of a bound repository', () => {
    const bound = { project: { repository_id: testId(1) }, repository: { full_name: 'acme/app' } };
    expect(reportableRun({ ...bound, subject: { kind: 'issue', number: 4 } })).toBe(true);
    expect(reportableRun({ ...bound, subject: { kind: 'none' } })).toBe(false);
  });
});
