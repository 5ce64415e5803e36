import { describe, expect, it } from 'vitest';
import { VerifiedTokenCache } from '../fast-paths/verified-token-cache.js';
import { StaffTokens } from './staff-token.js';

const principal = {
  userId: '6f1c1f55-7d2e-4b43-9a53-2d4f0a6f3e10',
  email: 'staff@example.com',
  githubLogin: 'staff',
  isPlatformAdmin: false,
  isPlatformOwner: false,
};

describe.each([
  ['checked by jose every time', () => undefined],
  ['remembered by the verified-token-cache fast path', () => new VerifiedTokenCache()],
])('StaffTokens, %s', (_label, memory) => {
  it('verifies its own token with its expiry, again, and refuses it past its expiry', async () => {
    const tokens = new StaffTokens('k'.repeat(32), 60_000, memory());
    const issuedAt = new Date();
    const token = await tokens.issue(principal, issuedAt);
    const expiresAtMs = (Math.floor(issuedAt.getTime() / 1000) + 60) * 1000;
    expect(await tokens.verify(token)).toEqual({ principal, expiresAtMs });
    expect(await tokens.verify(token)).toEqual({ principal, expiresAtMs });
    expect(await tokens.verify(token, issuedAt.getTime() + 61_000)).toBeNull();
  });

  it('refuses a token signed with another key even after a valid one was verified', async () => {
    const tokens = new StaffTokens('k'.repeat(32), 60_000, memory());
    const other = new StaffTokens('o'.repeat(32), 60_000);
    await tokens.verify(await tokens.issue(principal));
    expect(await tokens.verify(await other.issue(principal))).toBeNull();
  });
});

describe('VerifiedTokenCache', () => {
  it('answers a repeat from memory until the token expires, then forgets it', async () => {
    const cache = new VerifiedTokenCache();
    const tokens = new StaffTokens('k'.repeat(32), 60_000, cache);
    const issuedAt = new Date();
    const token = await tokens.issue(principal, issuedAt);
    const first = await tokens.verify(token);
    // The same object: the second answer did not go through jose.
    expect(await tokens.verify(token)).toBe(first);
    expect(await new StaffTokens('k'.repeat(32), 60_000).verify(token)).not.toBe(first);
    expect(cache.recall(token, issuedAt.getTime() + 61_000)).toBeUndefined();
    expect(cache.recall(token, issuedAt.getTime())).toBeUndefined();
  });

  it('keeps at most its size, dropping the oldest', () => {
    const cache = new VerifiedTokenCache(2);
    const verified = { principal, expiresAtMs: Date.now() + 60_000 };
    for (const token of ['a', 'b', 'c']) cache.remember(token, verified);
    expect(['a', 'b', 'c'].map((token) => cache.recall(token, Date.now()) !== undefined)).toEqual([
      false,
      true,
      true,
    ]);
  });
});
