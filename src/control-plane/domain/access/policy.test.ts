import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { type AccessDirectory, type Actor } from './actor.js';
import { type ProjectRole } from '../../../shared/contract/project-role.js';
import {
  requireActor,
  requireCanDeleteUser,
  requireProjectReader,
  requireProjectWriter,
  requireRunCanceler,
  requireRunReader,
  requireRunReaderWithRole,
} from './policy.js';

const projectId = 'a0000000-0000-4000-8000-000000000001';

function actor(userId: string, flags: Partial<Actor> = {}): Actor {
  return { userId, email: `${userId}@example.com`, isPlatformAdmin: false, isPlatformOwner: false, ...flags };
}

/** The port as an in-memory map: users and their roles in one project. */
function directory(users: Actor[], roles: Record<string, ProjectRole>): AccessDirectory {
  return {
    findActor: async (userId) => users.find((user) => user.userId === userId) ?? null,
    findProjectRole: async (project, userId) => (project === projectId ? (roles[userId] ?? null) : null),
    projectExists: async (project) => project === projectId,
  };
}

const owner = actor('owner', { isPlatformOwner: true, isPlatformAdmin: true });
const admin = actor('admin', { isPlatformAdmin: true });
const writer = actor('writer');
const reader = actor('reader');
const outsider = actor('outsider');
const access = directory([owner, admin, writer, reader, outsider], { writer: 'read_write', reader: 'read' });

async function refusal(promise: Promise<unknown> | (() => void)): Promise<string | null> {
  try {
    if (typeof promise === 'function') promise();
    else await promise;
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.kind;
    throw error;
  }
}

describe('access policy (SPEC §6)', () => {
  it('refuses a principal whose user no longer exists', async () => {
    expect(await refusal(requireActor(access, 'deleted'))).toBe('permission_denied');
    expect(await requireActor(access, 'reader')).toEqual(reader);
  });

  it('project reads: admins and members; writes: admins, project admins and read_write', async () => {
    expect(await refusal(requireProjectReader(access, reader, projectId))).toBeNull();
    expect(await refusal(requireProjectReader(access, outsider, projectId))).toBe('permission_denied');
    expect(await requireProjectReader(access, admin, projectId)).toBe('admin');
    expect(await refusal(requireProjectWriter(access, writer, projectId))).toBeNull();
    expect(await refusal(requireProjectWriter(access, reader, projectId))).toBe('permission_denied');
  });

  it('runs without a project are for platform admins only', async () => {
    expect(await refusal(requireRunReader(access, admin, null))).toBeNull();
    expect(await refusal(requireRunReader(access, writer, null))).toBe('permission_denied');
    expect(await refusal(requireRunCanceler(access, writer, null))).toBe('permission_denied');
    expect(await refusal(requireRunCanceler(access, writer, projectId))).toBeNull();
    expect(await refusal(requireRunCanceler(access, reader, projectId))).toBe('permission_denied');
  });

  it('run reads with the membership already read: the same answers as reading it through the directory', async () => {
    const cases: [Actor, string | null, ProjectRole | null, string | null][] = [
      [owner, projectId, null, null],
      [admin, projectId, null, null],
      [admin, null, null, null],
      [reader, projectId, 'read', null],
      [writer, projectId, 'read_write', null],
      [outsider, projectId, null, 'permission_denied'],
      [reader, null, null, 'permission_denied'],
      [reader, null, 'read', 'permission_denied'],
    ];
    for (const [who, runProjectId, memberRole, expected] of cases) {
      expect(await refusal(() => requireRunReaderWithRole(who, runProjectId, memberRole))).toBe(expected);
      expect(await refusal(requireRunReader(access, who, runProjectId))).toBe(expected);
    }
  });

  it('users.delete: never self, never the owner, another admin only by the owner', async () => {
    const target = (user: Actor) => ({
      id: user.userId,
      isPlatformAdmin: user.isPlatformAdmin,
      isPlatformOwner: user.isPlatformOwner,
    });
    expect(await refusal(() => requireCanDeleteUser(admin, target(admin)))).toBe('permission_denied');
    expect(await refusal(() => requireCanDeleteUser(admin, target(owner)))).toBe('permission_denied');
    expect(
      await refusal(() =>
        requireCanDeleteUser(admin, target(actor('other-admin', { isPlatformAdmin: true }))),
      ),
    ).toBe('permission_denied');
    expect(await refusal(() => requireCanDeleteUser(owner, target(admin)))).toBeNull();
    expect(await refusal(() => requireCanDeleteUser(admin, target(reader)))).toBeNull();
    expect(await refusal(() => requireCanDeleteUser(writer, target(reader)))).toBe('permission_denied');
  });
});
