import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast } from '../testing/memory-platform.js';
import { upsertProject } from './upsert-project.js';

const deps = (memory: ReturnType<typeof staffCast>['memory']) => ({ ...memory, learningModeDefault: true });

describe('upsertProject', () => {
  it('creates with the configured learning mode default, then renames by slug; each change audited', async () => {
    const { memory, admin } = staffCast();
    const created = await upsertProject(deps(memory), callBy(admin), { slug: ' gamma ', name: 'Gamma' });
    expect(created).toMatchObject({
      created: true,
      project: { slug: 'gamma', role: 'admin', learningModeDefault: true },
    });
    const renamed = await upsertProject(deps(memory), callBy(admin), { slug: 'gamma', name: 'Gamma 2' });
    expect(renamed).toMatchObject({ created: false, project: { id: created.project.id, name: 'Gamma 2' } });
    expect(memory.audit.entries().map((entry) => [entry.eventType, entry.payload.previous_name])).toEqual([
      ['project.upserted', null],
      ['project.upserted', 'Gamma'],
    ]);
  });

  it('refuses members and bad slugs or names, writing nothing', async () => {
    const { memory, admin, writer } = staffCast();
    expect(await refusalOf(upsertProject(deps(memory), callBy(writer), { slug: 'x', name: 'X' }))).toBe(
      'permission_denied',
    );
    for (const input of [
      { slug: 'Upper', name: 'X' },
      { slug: '-dash', name: 'X' },
      { slug: 'ok', name: ' ' },
      { slug: 'ok', name: 'n'.repeat(201) },
    ])
      expect(await refusalOf(upsertProject(deps(memory), callBy(admin), input))).toBe('invalid_argument');
    expect(memory.state.projects.map((project) => project.slug)).toEqual(['alpha']);
    expect(memory.audit.entries()).toEqual([]);
  });
});
