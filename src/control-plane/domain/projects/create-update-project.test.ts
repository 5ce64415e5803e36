import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast, testId } from '../testing/memory-platform.js';
import { createProject } from './create-project.js';
import { updateProject } from './update-project.js';

const deps = (memory: ReturnType<typeof staffCast>['memory']) => ({ ...memory, learningModeDefault: false });

describe('createProject', () => {
  it('creates with the given or configured learning mode; an existing slug is a conflict with reason slug_taken, writing nothing', async () => {
    const { memory, admin, project } = staffCast();
    const created = await createProject(deps(memory), callBy(admin), {
      slug: 'gamma',
      name: 'Gamma',
      learningModeDefault: true,
    });
    expect(created).toMatchObject({ slug: 'gamma', name: 'Gamma', learningModeDefault: true, role: 'admin' });
    const refusal = await createProject(deps(memory), callBy(admin), {
      slug: project.slug,
      name: 'Hijack',
    }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      kind: 'conflict',
      refusal: { reason: 'slug_taken', details: { slug: 'alpha' } },
    });
    expect(memory.state.projects.find((candidate) => candidate.id === project.id)?.name).toBe(project.name);
    expect(memory.audit.entries().map((entry) => [entry.eventType, entry.projectId])).toEqual([
      ['project.created', created.id],
    ]);
  });

  it('is for platform admins only', async () => {
    const { memory, writer } = staffCast();
    expect(await refusalOf(createProject(deps(memory), callBy(writer), { slug: 'x', name: 'X' }))).toBe(
      'permission_denied',
    );
    expect(memory.audit.entries()).toEqual([]);
  });
});

describe('updateProject', () => {
  it('changes what is given, keeps the rest, audits before and after; unknown projects are not found', async () => {
    const { memory, admin, project } = staffCast();
    const renamed = await updateProject(deps(memory), callBy(admin), {
      projectId: project.id,
      name: ' Renamed ',
    });
    expect(renamed).toMatchObject({ id: project.id, name: 'Renamed', learningModeDefault: false });
    const toggled = await updateProject(deps(memory), callBy(admin), {
      projectId: project.id,
      learningModeDefault: true,
    });
    expect(toggled).toMatchObject({ name: 'Renamed', learningModeDefault: true });
    expect(memory.audit.entries().map((entry) => entry.payload)).toMatchObject([
      { before: { name: 'alpha' }, after: { name: 'Renamed' } },
      { before: { learning_mode_default: false }, after: { learning_mode_default: true } },
    ]);
    expect(
      await refusalOf(updateProject(deps(memory), callBy(admin), { projectId: testId(9), name: 'x' })),
    ).toBe('not_found');
  });

  it('refuses members and empty names', async () => {
    const { memory, admin, writer, project } = staffCast();
    expect(
      await refusalOf(updateProject(deps(memory), callBy(writer), { projectId: project.id, name: 'x' })),
    ).toBe('permission_denied');
    expect(
      await refusalOf(updateProject(deps(memory), callBy(admin), { projectId: project.id, name: ' ' })),
    ).toBe('invalid_argument');
    expect(memory.audit.entries()).toEqual([]);
  });
});
