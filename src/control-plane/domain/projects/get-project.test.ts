import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast, testId } from '../testing/memory-platform.js';
import { getProject } from './get-project.js';

describe('getProject', () => {
  it('answers with the caller’s effective role: admin for platform admins, the membership otherwise', async () => {
    const { memory, admin, reader, project } = staffCast();
    expect((await getProject(memory, callBy(admin), { projectId: project.id })).role).toBe('admin');
    expect((await getProject(memory, callBy(reader), { projectId: project.id.toUpperCase() })).role).toBe(
      'read',
    );
  });

  it('refuses non-members, unknown projects and malformed ids, each with its own kind', async () => {
    const { memory, admin, outsider, project } = staffCast();
    expect(await refusalOf(getProject(memory, callBy(outsider), { projectId: project.id }))).toBe(
      'permission_denied',
    );
    expect(await refusalOf(getProject(memory, callBy(admin), { projectId: testId(1) }))).toBe('not_found');
    expect(await refusalOf(getProject(memory, callBy(admin), { projectId: 'alpha' }))).toBe(
      'invalid_argument',
    );
  });
});
