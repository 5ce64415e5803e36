import { describe, expect, it } from 'vitest';
import { MemoryPlatform, refusalOf } from '../testing/memory-platform.js';
import { authorizeOAuthUser } from './authorize-oauth-user.js';

function platform() {
  const memory = new MemoryPlatform();
  const alice = memory.addUser('alice@example.com');
  return { memory, alice, deps: { users: memory.staffAuth } };
}

describe('authorizeOAuthUser', () => {
  it('signs in an allowlisted email case-insensitively and stores its GitHub account once', async () => {
    const { deps, alice } = platform();
    const identity = { githubUserId: 7, githubLogin: 'alice' };
    const signedIn = await authorizeOAuthUser(deps, { email: ' Alice@Example.COM', ...identity });
    expect(signedIn).toMatchObject({ id: alice.id, ...identity });
    let links = 0;
    const linkGitHubIdentity = async () => {
      links += 1;
      return alice;
    };
    const counting = { users: { ...deps.users, linkGitHubIdentity } };
    await authorizeOAuthUser(counting, { email: 'alice@example.com', ...identity });
    expect(links).toBe(0);
  });

  it('moves a GitHub account linked to another user (its primary email changed)', async () => {
    const { deps, memory } = platform();
    const bob = memory.addUser('bob@example.com');
    await authorizeOAuthUser(deps, { email: 'alice@example.com', githubUserId: 9, githubLogin: 'gh' });
    await authorizeOAuthUser(deps, { email: 'bob@example.com', githubUserId: 9, githubLogin: 'gh' });
    expect(memory.state.users.filter((user) => user.githubUserId === 9).map((user) => user.id)).toEqual([
      bob.id,
    ]);
  });

  it('refuses emails nobody allowlisted (permission_denied) and malformed input (invalid_argument)', async () => {
    const { deps } = platform();
    const identity = { githubUserId: 1, githubLogin: 'x' };
    expect(await refusalOf(authorizeOAuthUser(deps, { email: 'x@example.com', ...identity }))).toBe(
      'permission_denied',
    );
    expect(await refusalOf(authorizeOAuthUser(deps, { email: 'nope', ...identity }))).toBe(
      'invalid_argument',
    );
    expect(
      await refusalOf(
        authorizeOAuthUser(deps, { email: 'alice@example.com', githubUserId: 0, githubLogin: 'x' }),
      ),
    ).toBe('invalid_argument');
    expect(
      await refusalOf(
        authorizeOAuthUser(deps, { email: 'alice@example.com', githubUserId: 1, githubLogin: ' ' }),
      ),
    ).toBe('invalid_argument');
  });
});
