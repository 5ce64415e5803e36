import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast, testId } from '../testing/memory-platform.js';
import { getProjectTriggers } from './get-project-triggers.js';
import { type TriggersPorts } from './ports.js';
import { setProjectTriggers } from './set-project-triggers.js';
import { MemoryTriggersStore } from './testing/memory-triggers-store.js';

function setup() {
  const cast = staffCast();
  const { memory, project } = cast;
  const projectAdmin = memory.addUser('project-admin@example.com');
  memory.addMember(project, projectAdmin, 'admin');
  const other = memory.addProject('beta');
  const otherAdmin = memory.addUser('beta-admin@example.com');
  memory.addMember(other, otherAdmin, 'admin');
  const store = new MemoryTriggersStore(memory);
  const ports: TriggersPorts = {
    directory: memory.directory,
    triggers: store,
    audit: memory.audit,
    transactor: memory.transactor,
    platformDefaults: { labelPrefix: 'run:', command: '/codex', events: [], trustedAssociations: ['OWNER'] },
  };
  return { ...cast, projectAdmin, otherAdmin, store, ports };
}

describe('projects.triggers.get / set', () => {
  it('a project without its own choices follows the platform defaults', async () => {
    const { ports, projectAdmin, project } = setup();
    expect(await getProjectTriggers(ports, callBy(projectAdmin), { projectId: project.id })).toEqual({
      projectId: project.id,
      effective: ports.platformDefaults,
      project: {},
      defaults: ports.platformDefaults,
    });
  });

  it('set replaces the project choices, audits before and after, and get shows them over the defaults', async () => {
    const { ports, memory, admin, projectAdmin, owner, project } = setup();
    await setProjectTriggers(ports, callBy(admin), {
      projectId: project.id,
      command: '@bot',
      events: ['push'],
    });
    const view = await setProjectTriggers(ports, callBy(projectAdmin), {
      projectId: project.id,
      labelPrefix: 'agent:',
      trustedAssociations: ['member'],
    });
    expect(view.project).toEqual({ labelPrefix: 'agent:', trustedAssociations: ['MEMBER'] });
    expect(view.effective).toEqual({
      labelPrefix: 'agent:',
      command: '/codex',
      events: [],
      trustedAssociations: ['MEMBER'],
    });
    expect(await getProjectTriggers(ports, callBy(owner), { projectId: project.id })).toEqual(view);
    const entries = memory.audit.entries();
    expect(entries.map((entry) => [entry.eventType, entry.actorUserId, entry.resourceId])).toEqual([
      ['project.triggers_set', admin.id, project.id],
      ['project.triggers_set', projectAdmin.id, project.id],
    ]);
    expect(entries[1]?.payload).toEqual({
      project_id: project.id,
      before: { command: '@bot', events: ['push'] },
      after: { label_prefix: 'agent:', trusted_associations: ['MEMBER'] },
    });
    expect(entries[1]?.requestId).toBe('request-1');
  });

  it('refuses read_write and read members, admins of other projects and outsiders, and writes nothing', async () => {
    const { ports, memory, store, writer, reader, otherAdmin, outsider, project } = setup();
    for (const user of [writer, reader, otherAdmin, outsider]) {
      expect(await refusalOf(getProjectTriggers(ports, callBy(user), { projectId: project.id }))).toBe(
        'permission_denied',
      );
      expect(
        await refusalOf(setProjectTriggers(ports, callBy(user), { projectId: project.id, command: '/x' })),
      ).toBe('permission_denied');
    }
    expect(store.stored.size).toBe(0);
    expect(memory.audit.entries()).toEqual([]);
  });

  it('refuses a deleted user, an unknown project, a malformed id and bad values, naming the field', async () => {
    const { ports, memory, admin, project } = setup();
    const gone = { id: testId(9999) };
    expect(await refusalOf(getProjectTriggers(ports, callBy(gone), { projectId: project.id }))).toBe(
      'permission_denied',
    );
    expect(await refusalOf(getProjectTriggers(ports, callBy(admin), { projectId: testId(1) }))).toBe(
      'not_found',
    );
    expect(await refusalOf(setProjectTriggers(ports, callBy(admin), { projectId: 'nope' }))).toBe(
      'invalid_argument',
    );
    const bad = await setProjectTriggers(ports, callBy(admin), {
      projectId: project.id,
      command: 'a b',
    }).catch((error: unknown) => error);
    expect(bad).toMatchObject({ kind: 'invalid_argument', message: 'command: must not contain whitespace' });
    expect(memory.audit.entries()).toEqual([]);
  });

  it('a stored policy someone broke by hand is shown field by field as what applies', async () => {
    const { ports, store, admin, project } = setup();
    store.stored.set(project.id, { command: 'has space', events: ['push'] });
    expect(await getProjectTriggers(ports, callBy(admin), { projectId: project.id })).toMatchObject({
      project: { events: ['push'] },
      effective: { command: '/codex', events: ['push'] },
    });
  });
});
