import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast, testId } from '../testing/memory-platform.js';
import { listRepositories } from './list-repositories.js';

describe('listRepositories', () => {
  it('shows a project’s repositories to its readers without their credentials', async () => {
    const { memory, reader, project } = staffCast();
    memory.addRepository(project, 'octo', 'service');
    const page = await listRepositories(memory, callBy(reader), { projectId: project.id });
    expect(page.items.map((repository) => `${repository.owner}/${repository.name}`)).toEqual([
      'octo/service',
    ]);
    expect(page.items[0]).not.toHaveProperty('tokenEncrypted');
  });

  it('refuses outsiders and unknown projects', async () => {
    const { memory, admin, outsider, project } = staffCast();
    expect(await refusalOf(listRepositories(memory, callBy(outsider), { projectId: project.id }))).toBe(
      'permission_denied',
    );
    expect(await refusalOf(listRepositories(memory, callBy(admin), { projectId: testId(1) }))).toBe(
      'not_found',
    );
  });
});
