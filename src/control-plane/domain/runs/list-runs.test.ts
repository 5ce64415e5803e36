import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast } from '../testing/memory-platform.js';
import { listRuns } from './list-runs.js';

function setup() {
  const cast = staffCast();
  const other = cast.memory.addProject('beta');
  const mine = cast.memory.addRun(cast.project, 'running');
  const theirs = cast.memory.addRun(other, 'pending');
  const unbound = cast.memory.addRun(null, 'failed');
  return { ...cast, other, mine, theirs, unbound };
}

const ids = (page: { items: { id: string }[] }) => page.items.map((run) => run.id);

describe('listRuns', () => {
  it('shows platform admins every run and members the runs of their projects, newest first', async () => {
    const { memory, admin, reader, mine, theirs, unbound } = setup();
    expect(ids(await listRuns(memory, callBy(admin), {}))).toEqual([unbound.id, theirs.id, mine.id]);
    expect(ids(await listRuns(memory, callBy(reader), {}))).toEqual([mine.id]);
    // A stale admin claim changes nothing: the stored user decides.
    expect(ids(await listRuns(memory, { ...callBy(reader), claimsPlatformAdmin: true }, {}))).toEqual([
      mine.id,
    ]);
  });

  it('filters by status and by project; a project filter refuses non-members instead of answering empty', async () => {
    const { memory, admin, reader, project, other, theirs, mine } = setup();
    expect(ids(await listRuns(memory, callBy(admin), { status: 'pending' }))).toEqual([theirs.id]);
    expect(ids(await listRuns(memory, callBy(reader), { projectId: project.id }))).toEqual([mine.id]);
    expect(await refusalOf(listRuns(memory, callBy(reader), { projectId: other.id }))).toBe(
      'permission_denied',
    );
  });

  it('refuses unknown statuses, malformed project ids and deleted callers', async () => {
    const { memory, admin } = setup();
    expect(await refusalOf(listRuns(memory, callBy(admin), { status: 'done' }))).toBe('invalid_argument');
    expect(await refusalOf(listRuns(memory, callBy(admin), { projectId: 'alpha' }))).toBe('invalid_argument');
    expect(await refusalOf(listRuns(memory, callBy({ id: 'gone', isPlatformAdmin: true }), {}))).toBe(
      'permission_denied',
    );
  });
});
