import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast } from '../testing/memory-platform.js';
import { listUsers } from './list-users.js';

describe('listUsers', () => {
  it('lists the allowlist by email for platform admins, and refuses everyone else', async () => {
    const { memory, admin, writer } = staffCast();
    const page = await listUsers(memory, callBy(admin), { limit: 2 });
    expect(page.items.map((user) => user.email)).toEqual(['admin@example.com', 'outsider@example.com']);
    expect(page.nextCursor).not.toBe('');
    expect(await refusalOf(listUsers(memory, callBy(writer), {}))).toBe('permission_denied');
  });
});
