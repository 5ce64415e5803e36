import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast, testId } from '../testing/memory-platform.js';
import { listMembers } from './list-members.js';

describe('listMembers', () => {
  it('lists a project’s members by email, for platform admins', async () => {
    const { memory, admin, project } = staffCast();
    const page = await listMembers(memory, callBy(admin), { projectId: project.id });
    expect(page.items.map((member) => `${member.email}:${member.role}`)).toEqual([
      'reader@example.com:read',
      'writer@example.com:read_write',
    ]);
  });

  it('refuses members of the project (platform admins only) and unknown projects', async () => {
    const { memory, admin, writer, project } = staffCast();
    expect(await refusalOf(listMembers(memory, callBy(writer), { projectId: project.id }))).toBe(
      'permission_denied',
    );
    expect(await refusalOf(listMembers(memory, callBy(admin), { projectId: testId(1) }))).toBe('not_found');
  });
});
