import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { getProjectTriggers } from './get-project-triggers.js';
import { type ProjectTriggersStore, type TriggersPorts } from './ports.js';
import { setProjectTriggers } from './set-project-triggers.js';
import { type StoredTriggerSettings } from './trigger-settings.js';
import { MemoryAuditTrail, MemoryDirectory, immediateTransactor, staffCallOf } from './testing/fakes.js';

const projectId = '11111111-1111-4111-8111-111111111111';
const otherProjectId = '22222222-2222-4222-8222-222222222222';

class MemoryTriggersStore implements ProjectTriggersStore {
  settings = new Map<string, unknown>([[projectId, undefined]]);
  async readTriggerSettings(id: string) {
    return this.settings.has(id) ? { stored: this.settings.get(id) } : null;
  }
  async writeTriggerSettings(id: string, settings: StoredTriggerSettings) {
    this.settings.set(id, Object.keys(settings).length > 0 ? settings : undefined);
  }
}

function setup() {
  const directory = new MemoryDirectory();
  directory.addUser('owner', { owner: true });
  directory.addUser('admin', { admin: true });
  for (const role of ['admin', 'read_write', 'read'] as const) {
    directory.addUser(`project-${role}`);
    directory.addMember(projectId, `project-${role}`, role);
  }
  directory.addUser('other-admin');
  directory.addMember(otherProjectId, 'other-admin', 'admin');
  directory.addUser('stranger');
  const ports: TriggersPorts = {
    directory,
    triggers: new MemoryTriggersStore(),
    audit: new MemoryAuditTrail(),
    transactor: immediateTransactor,
    platformDefaults: { labelPrefix: 'run:', command: '/codex', events: [], trustedAssociations: ['OWNER'] },
  };
  return { ports, audit: ports.audit as MemoryAuditTrail, store: ports.triggers as MemoryTriggersStore };
}

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).kind;
}

describe('projects.triggers.get / set', () => {
  it('a project without its own choices follows the platform defaults', async () => {
    const { ports } = setup();
    expect(await getProjectTriggers(ports, staffCallOf('project-admin'), { projectId })).toEqual({
      projectId,
      effective: ports.platformDefaults,
      project: {},
      defaults: ports.platformDefaults,
    });
  });

  it('set replaces the project choices, audits before and after, and get shows them over the defaults', async () => {
    const { ports, audit } = setup();
    await setProjectTriggers(ports, staffCallOf('admin'), { projectId, command: '@bot', events: ['push'] });
    const view = await setProjectTriggers(ports, staffCallOf('project-admin'), {
      projectId,
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
    expect(await getProjectTriggers(ports, staffCallOf('owner'), { projectId })).toEqual(view);
    expect(audit.entries.map((entry) => [entry.eventType, entry.actorUserId, entry.resourceId])).toEqual([
      ['project.triggers_set', 'admin', projectId],
      ['project.triggers_set', 'project-admin', projectId],
    ]);
    expect(audit.entries[1]?.payload).toEqual({
      project_id: projectId,
      before: { command: '@bot', events: ['push'] },
      after: { label_prefix: 'agent:', trusted_associations: ['MEMBER'] },
    });
    expect(audit.entries[1]?.requestId).toBe('request-1');
  });

  it.each(['project-read_write', 'project-read', 'other-admin', 'stranger'])(
    'refuses %s (not a platform or project admin), and writes nothing',
    async (user) => {
      const { ports, audit, store } = setup();
      expect(await refusal(getProjectTriggers(ports, staffCallOf(user), { projectId }))).toBe(
        'permission_denied',
      );
      expect(await refusal(setProjectTriggers(ports, staffCallOf(user), { projectId, command: '/x' }))).toBe(
        'permission_denied',
      );
      expect(store.settings.get(projectId)).toBeUndefined();
      expect(audit.entries).toEqual([]);
    },
  );

  it('refuses a deleted user, an unknown project, a malformed id and bad values', async () => {
    const { ports, audit } = setup();
    expect(await refusal(getProjectTriggers(ports, staffCallOf('gone'), { projectId }))).toBe(
      'permission_denied',
    );
    expect(
      await refusal(getProjectTriggers(ports, staffCallOf('admin'), { projectId: otherProjectId })),
    ).toBe('not_found');
    expect(await refusal(setProjectTriggers(ports, staffCallOf('admin'), { projectId: 'nope' }))).toBe(
      'invalid_argument',
    );
    const bad = await setProjectTriggers(ports, staffCallOf('admin'), { projectId, command: 'a b' }).catch(
      (error: unknown) => error as DomainError,
    );
    expect(bad).toMatchObject({ kind: 'invalid_argument', message: 'command: must not contain whitespace' });
    expect(audit.entries).toEqual([]);
  });
});
