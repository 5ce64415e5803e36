import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { type AccessSnapshot, type AccessSnapshotSource, type Actor } from './actor.js';
import { type ProjectRole } from '../../../shared/contract/project-role.js';
import { LiveAccessGuard } from './live-access-guard.js';
import { runReaderGrant } from './policy.js';

const projectId = 'a0000000-0000-4000-8000-000000000001';

/** Users and memberships in memory, counting the reads. */
function memoryAccess() {
  const users = new Map<string, Actor>();
  const roles = new Map<string, ProjectRole>();
  const source: AccessSnapshotSource & { reads: number } = {
    reads: 0,
    async readAccessSnapshots(userIds, projectIds) {
      source.reads += 1;
      const snapshots = new Map<string, AccessSnapshot>();
      for (const userId of userIds) {
        const actor = users.get(userId);
        if (!actor) continue;
        const memberships = new Map<string, ProjectRole>();
        for (const project of projectIds) {
          const role = roles.get(`${project}/${userId}`);
          if (role) memberships.set(project, role);
        }
        snapshots.set(userId, { actor, roles: memberships });
      }
      return snapshots;
    },
  };
  return {
    source,
    addUser(userId: string, isPlatformAdmin = false) {
      users.set(userId, { userId, email: `${userId}@example.com`, isPlatformAdmin, isPlatformOwner: false });
    },
    setAdmin(userId: string, isPlatformAdmin: boolean) {
      const user = users.get(userId);
      if (user) users.set(userId, { ...user, isPlatformAdmin });
    },
    deleteUser: (userId: string) => users.delete(userId),
    setRole: (userId: string, role: ProjectRole | null) =>
      role ? roles.set(`${projectId}/${userId}`, role) : roles.delete(`${projectId}/${userId}`),
  };
}

/** An endless stream of numbers that ends when its signal aborts, like the run event feed. */
async function* ticks(signal: AbortSignal): AsyncGenerator<number> {
  let n = 0;
  while (!signal.aborted) {
    yield n++;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** Reads until the stream ends; the refusal it ended with, or null when it just ended. */
async function drain(stream: AsyncGenerator<number>): Promise<DomainError | null> {
  try {
    for await (const _ of stream) {
      // keep reading
    }
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

describe('LiveAccessGuard', () => {
  it('ends the streams of a removed member, a deleted user and a demoted admin; the others go on', async () => {
    const access = memoryAccess();
    for (const user of ['reader', 'gone', 'admin', 'kept', 'kept-admin']) access.addUser(user);
    access.setAdmin('admin', true);
    access.setAdmin('kept-admin', true);
    access.setRole('reader', 'read');
    access.setRole('kept', 'read_write');
    const guard = new LiveAccessGuard({ source: access.source, intervalMs: 60_000 });
    const open = (userId: string, runProjectId: string | null) => {
      const caller = new AbortController();
      return {
        caller,
        stream: guard.guard(runReaderGrant(userId, runProjectId), caller.signal, ticks),
      };
    };
    const reader = open('reader', projectId);
    const gone = open('gone', projectId);
    const admin = open('admin', null);
    const kept = open('kept', projectId);
    const keptAdmin = open('kept-admin', null);
    for (const { stream } of [reader, gone, admin, kept, keptAdmin]) await stream.next();
    expect(guard.guardedStreams).toBe(5);

    access.setRole('reader', null);
    access.deleteUser('gone');
    access.setAdmin('admin', false);
    await guard.checkNow();
    // One read for all five streams.
    expect(access.source.reads).toBe(1);

    const refusals = await Promise.all([drain(reader.stream), drain(gone.stream), drain(admin.stream)]);
    expect(refusals.map((refusal) => [refusal?.kind, refusal?.message])).toEqual([
      ['permission_denied', 'access revoked: not a member of this project'],
      ['permission_denied', 'access revoked: the signed-in user is no longer allowed'],
      ['permission_denied', 'access revoked: runs without a project are visible to platform admins only'],
    ]);
    // Still allowed: the streams keep delivering.
    expect((await kept.stream.next()).done).toBe(false);
    expect((await keptAdmin.stream.next()).done).toBe(false);

    // A caller that leaves ends its stream without a refusal, and the guard lets go of it.
    kept.caller.abort();
    keptAdmin.caller.abort();
    expect(await drain(kept.stream)).toBeNull();
    expect(await drain(keptAdmin.stream)).toBeNull();
    expect(guard.guardedStreams).toBe(0);
    guard.close();
  });

  it('re-checks on its own every interval, and a failed read keeps the streams open', async () => {
    const access = memoryAccess();
    access.addUser('reader');
    access.setRole('reader', 'read');
    const errors: unknown[] = [];
    let failNext = true;
    const guard = new LiveAccessGuard({
      source: {
        readAccessSnapshots: async (users, projects) => {
          if (failNext) {
            failNext = false;
            throw new Error('database restarting');
          }
          return access.source.readAccessSnapshots(users, projects);
        },
      },
      intervalMs: 20,
      onError: (error) => errors.push(error),
    });
    const stream = guard.guard(runReaderGrant('reader', projectId), new AbortController().signal, ticks);
    await stream.next();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(errors).toHaveLength(1);
    expect((await stream.next()).done).toBe(false);

    access.setRole('reader', null);
    const refusal = await drain(stream);
    expect(refusal?.message).toBe('access revoked: not a member of this project');
    guard.close();
  });
});
