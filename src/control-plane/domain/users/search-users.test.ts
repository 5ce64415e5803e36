import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast } from '../testing/memory-platform.js';
import { searchUsers } from './search-users.js';

describe('searchUsers', () => {
  it('suggests users by email or GitHub login prefix to platform admins, refuses everyone else', async () => {
    const { memory, admin, writer } = staffCast();
    memory.addUser('zed@example.com').githubLogin = 'Readme-Bot';
    expect((await searchUsers(memory, callBy(admin), { query: ' READ' })).map((user) => user.email)).toEqual([
      'reader@example.com',
      'zed@example.com',
    ]);
    expect(await searchUsers(memory, callBy(admin), { query: 'read', limit: 1 })).toHaveLength(1);
    expect(await refusalOf(searchUsers(memory, callBy(writer), { query: 'read' }))).toBe('permission_denied');
    expect(await refusalOf(searchUsers(memory, callBy(admin), { query: 'x', limit: 51 }))).toBe(
      'invalid_argument',
    );
  });
});
