import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast, testId } from '../testing/memory-platform.js';
import { deleteUser } from './delete-user.js';

describe('deleteUser', () => {
  it('takes a user off the allowlist with their memberships, audited', async () => {
    const { memory, admin, reader } = staffCast();
    await deleteUser(memory, callBy(admin), { userId: reader.id });
    expect(memory.state.users.map((user) => user.email)).not.toContain('reader@example.com');
    expect(memory.state.memberships.map((member) => member.userId)).not.toContain(reader.id);
    expect(memory.audit.entries()).toMatchObject([{ eventType: 'user.deleted', resourceId: reader.id }]);
  });

  it('never deletes oneself or the owner; only the owner deletes another admin', async () => {
    const { memory, owner, admin, writer, reader } = staffCast();
    const cases: Array<[Promise<unknown>, string]> = [
      [deleteUser(memory, callBy(admin), { userId: admin.id }), 'permission_denied'],
      [deleteUser(memory, callBy(admin), { userId: owner.id }), 'permission_denied'],
      [deleteUser(memory, callBy(writer), { userId: reader.id }), 'permission_denied'],
      [deleteUser(memory, callBy(admin), { userId: testId(1) }), 'not_found'],
    ];
    for (const [attempt, kind] of cases) expect(await refusalOf(attempt)).toBe(kind);
    const other = memory.addUser('other-admin@example.com', { isPlatformAdmin: true });
    expect(await refusalOf(deleteUser(memory, callBy(admin), { userId: other.id }))).toBe(
      'permission_denied',
    );
    await deleteUser(memory, callBy(owner), { userId: other.id });
    expect(memory.audit.entries()).toHaveLength(1);
  });
});
