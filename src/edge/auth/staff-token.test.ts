import { describe, expect, it } from 'vitest';
import { StaffTokens } from './staff-token.js';

const principal = {
  userId: '6f1c1f55-7d2e-4b43-9a53-2d4f0a6f3e10',
  email: 'staff@example.com',
  githubLogin: 'staff',
  isPlatformAdmin: false,
  isPlatformOwner: false,
};

describe('StaffTokens', () => {
  it('verifies its own token with its expiry, and answers again from the cache until the token expires', async () => {
    const tokens = new StaffTokens('k'.repeat(32), 60_000);
    const issuedAt = new Date();
    const token = await tokens.issue(principal, issuedAt);
    const expiresAtMs = (Math.floor(issuedAt.getTime() / 1000) + 60) * 1000;
    expect(await tokens.verify(token)).toEqual({ principal, expiresAtMs });
    expect(await tokens.verify(token)).toEqual({ principal, expiresAtMs });
    // Past `exp` the cached answer is not used: the token is refused.
    expect(await tokens.verify(token, issuedAt.getTime() + 61_000)).toBeNull();
  });

  it('refuses a token signed with another key even after a valid one was cached', async () => {
    const tokens = new StaffTokens('k'.repeat(32), 60_000);
    const other = new StaffTokens('o'.repeat(32), 60_000);
    await tokens.verify(await tokens.issue(principal));
    expect(await tokens.verify(await other.issue(principal))).toBeNull();
  });
});
