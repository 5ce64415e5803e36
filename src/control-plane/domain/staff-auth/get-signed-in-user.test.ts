import { describe, expect, it } from 'vitest';
import { MemoryPlatform, refusalOf } from '../testing/memory-platform.js';
import { getSignedInUser } from './get-signed-in-user.js';

describe('getSignedInUser', () => {
  it('reads the user as stored now, and says not_found once the user is deleted', async () => {
    const memory = new MemoryPlatform();
    const alice = memory.addUser('alice@example.com');
    const deps = { users: memory.staffAuth };
    alice.isPlatformAdmin = true;
    expect(await getSignedInUser(deps, { userId: alice.id })).toMatchObject({ isPlatformAdmin: true });
    memory.state.users = [];
    expect(await refusalOf(getSignedInUser(deps, { userId: alice.id }))).toBe('not_found');
  });
});
