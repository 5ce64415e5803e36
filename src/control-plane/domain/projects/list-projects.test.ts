import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast } from '../testing/memory-platform.js';
import { listProjects } from './list-projects.js';

const slugsAndRoles = (page: { items: { slug: string; role: string }[] }) =>
  page.items.map((project) => `${project.slug}:${project.role}`);

describe('listProjects', () => {
  it('shows platform admins every project as admin, members only theirs with their role', async () => {
    const { memory, admin, writer, outsider } = staffCast();
    memory.addProject('beta');
    expect(slugsAndRoles(await listProjects(memory, callBy(admin), {}))).toEqual([
      'alpha:admin',
      'beta:admin',
    ]);
    expect(slugsAndRoles(await listProjects(memory, callBy(writer), {}))).toEqual(['alpha:read_write']);
    expect(slugsAndRoles(await listProjects(memory, callBy(outsider), {}))).toEqual([]);
  });

  it('decides on the stored flags, not on what the token claims', async () => {
    const { memory, writer, admin } = staffCast();
    expect(
      slugsAndRoles(await listProjects(memory, { ...callBy(writer), claimsPlatformAdmin: true }, {})),
    ).toEqual(['alpha:read_write']);
    expect(
      slugsAndRoles(await listProjects(memory, { ...callBy(admin), claimsPlatformAdmin: false }, {})),
    ).toEqual(['alpha:admin']);
  });

  it('pages by the limit and refuses a deleted caller or a limit out of range', async () => {
    const { memory, admin } = staffCast();
    memory.addProject('beta');
    const first = await listProjects(memory, callBy(admin), { limit: 1 });
    const second = await listProjects(memory, callBy(admin), { limit: 1, cursor: first.nextCursor });
    expect([...slugsAndRoles(first), ...slugsAndRoles(second)]).toEqual(['alpha:admin', 'beta:admin']);
    expect(await refusalOf(listProjects(memory, callBy({ id: 'gone' }), {}))).toBe('permission_denied');
    expect(await refusalOf(listProjects(memory, callBy(admin), { limit: 201 }))).toBe('invalid_argument');
  });
});
