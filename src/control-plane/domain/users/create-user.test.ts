import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast } from '../testing/memory-platform.js';
import { createUser } from './create-user.js';

describe('createUser', () => {
  it('allowlists a new email lower-cased, then changes the flag of the user who has it; both audited', async () => {
    const { memory, owner } = staffCast();
    const created = await createUser(memory, callBy(owner), {
      email: ' New@Example.com',
      isPlatformAdmin: false,
    });
    expect(created).toMatchObject({
      created: true,
      user: { email: 'new@example.com', isPlatformAdmin: false },
    });
    const promoted = await createUser(memory, callBy(owner), {
      email: 'new@example.com',
      isPlatformAdmin: true,
    });
    expect(promoted).toMatchObject({ created: false, user: { id: created.user.id, isPlatformAdmin: true } });
    expect(memory.audit.entries().map((entry) => entry.eventType)).toEqual(['user.created', 'user.updated']);
  });

  it('lets only the owner demote an admin, never the owner; refuses members and bad emails', async () => {
    const { memory, owner, admin, writer } = staffCast();
    const other = memory.addUser('other-admin@example.com', { isPlatformAdmin: true });
    const cases: Array<[Promise<unknown>, string]> = [
      [
        createUser(memory, callBy(admin), { email: other.email, isPlatformAdmin: false }),
        'permission_denied',
      ],
      [
        createUser(memory, callBy(admin), { email: owner.email, isPlatformAdmin: false }),
        'permission_denied',
      ],
      [
        createUser(memory, callBy(writer), { email: 'x@example.com', isPlatformAdmin: false }),
        'permission_denied',
      ],
      [
        createUser(memory, callBy(admin), { email: 'not-an-email', isPlatformAdmin: false }),
        'invalid_argument',
      ],
    ];
    for (const [attempt, kind] of cases) expect(await refusalOf(attempt)).toBe(kind);
    expect(memory.audit.entries()).toEqual([]);
    await createUser(memory, callBy(owner), { email: other.email, isPlatformAdmin: false });
    expect(memory.state.users.find((user) => user.id === other.id)?.isPlatformAdmin).toBe(false);
  });
});
