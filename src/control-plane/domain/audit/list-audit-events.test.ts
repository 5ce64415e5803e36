import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast, testId } from '../testing/memory-platform.js';
import { listAuditEvents } from './list-audit-events.js';
import { type AuditLog, type StoredAuditEvent } from './ports.js';

function memoryAuditLog(events: StoredAuditEvent[]): AuditLog & { filters: unknown[] } {
  const filters: unknown[] = [];
  return {
    filters,
    list: async (filter) => {
      filters.push(filter);
      return {
        items: events.filter(
          (event) =>
            (filter.projectId === null || event.projectId === filter.projectId) &&
            (filter.actorId === null || event.actorId === filter.actorId),
        ),
        nextCursor: '',
      };
    },
  };
}

const stored = (
  id: number,
  correlationId: string,
  projectId: string | null,
  payload = {},
): StoredAuditEvent => ({
  id,
  correlationId,
  eventType: 'x.changed',
  actorId: testId(1),
  actorEmail: null,
  projectId,
  projectSlug: null,
  payload,
  createdAt: new Date(0),
});

describe('listAuditEvents', () => {
  it('platform admins read everything; project admins their project named; everyone else is refused', async () => {
    const { memory, admin, writer, reader, outsider, project } = staffCast();
    const projectAdmin = memory.addUser('padmin@example.com');
    memory.addMember(project, projectAdmin, 'admin');
    const auditLog = memoryAuditLog([
      stored(2, `staff:project:${project.id}`, project.id),
      stored(1, 'staff:user:u', null),
    ]);
    const deps = { directory: memory.directory, auditLog };
    expect((await listAuditEvents(deps, callBy(admin), {})).items).toHaveLength(2);
    expect((await listAuditEvents(deps, callBy(projectAdmin), { projectId: project.id })).items).toHaveLength(
      1,
    );
    for (const who of [projectAdmin, writer, reader, outsider])
      expect(await refusalOf(listAuditEvents(deps, callBy(who), {}))).toBe('permission_denied');
    for (const who of [writer, reader, outsider])
      expect(await refusalOf(listAuditEvents(deps, callBy(who), { projectId: project.id }))).toBe(
        'permission_denied',
      );
    expect(await refusalOf(listAuditEvents(deps, callBy(admin), { actorId: 'nope' }))).toBe(
      'invalid_argument',
    );
  });

  it('names the target from the correlation id, or the run of a run event', async () => {
    const { memory, admin, project } = staffCast();
    const auditLog = memoryAuditLog([
      stored(4, `staff:member:${project.id}:u1`, project.id, { user_id: 'u1' }),
      stored(3, 'delivery-1', project.id, { run_id: 'r1' }),
      stored(2, 'staff:repository:rep1', project.id, { repository_id: 'rep1' }),
      stored(1, 'staff:user:u2', null),
    ]);
    const page = await listAuditEvents({ directory: memory.directory, auditLog }, callBy(admin), {});
    expect(page.items.map((item) => [item.target, item.userId, item.runId, item.repositoryId])).toEqual([
      [{ kind: 'member', id: `${project.id}:u1` }, 'u1', null, null],
      [{ kind: 'run', id: 'r1' }, null, 'r1', null],
      [{ kind: 'repository', id: 'rep1' }, null, null, 'rep1'],
      [{ kind: 'user', id: 'u2' }, 'u2', null, null],
    ]);
  });
});
