import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast } from '../testing/memory-platform.js';
import { deleteMember } from './delete-member.js';

describe('deleteMember', () => {
  it('removes a membership and audits who it was', async () => {
    const { memory, admin, reader, project } = staffCast();
    await deleteMember(memory, callBy(admin), { projectId: project.id, userId: reader.id });
    expect(memory.state.memberships.map((member) => member.userId)).not.toContain(reader.id);
    expect(memory.audit.entries()).toMatchObject([
      { eventType: 'member.deleted', payload: { email: 'reader@example.com', role: 'read' } },
    ]);
  });

  it('never removes the platform owner; refuses non-admins and non-members', async () => {
    const { memory, admin, owner, writer, outsider, project } = staffCast();
    memory.addMember(project, owner, 'admin');
    expect(
      await refusalOf(deleteMember(memory, callBy(admin), { projectId: project.id, userId: owner.id })),
    ).toBe('permission_denied');
    expect(
      await refusalOf(deleteMember(memory, callBy(writer), { projectId: project.id, userId: writer.id })),
    ).toBe('permission_denied');
    expect(
      await refusalOf(deleteMember(memory, callBy(admin), { projectId: project.id, userId: outsider.id })),
    ).toBe('not_found');
    expect(memory.state.memberships).toHaveLength(3);
    expect(memory.audit.entries()).toEqual([]);
  });
});
