import { describe, expect, it } from 'vitest';
import { type Actor } from '../access/actor.js';
import { DomainError } from '../errors.js';
import { type StaffCall } from './staff-call.js';
import { type ListScope, readInCallersScope } from './caller-scope.js';

const call = (claimsPlatformAdmin: boolean): StaffCall => ({
  actorUserId: 'u1',
  claimsPlatformAdmin,
  requestId: 'r1',
  warn: () => {},
});
const actor = (isPlatformAdmin: boolean): Actor => ({
  userId: 'u1',
  email: 'u1@example.com',
  isPlatformAdmin,
  isPlatformOwner: false,
});

/** Runs readInCallersScope against a stored user; returns the page and the scopes each read was asked for. */
async function read(claimsAdmin: boolean, stored: Actor | null) {
  const scopes: { withActor: ListScope[]; plain: ListScope[] } = { withActor: [], plain: [] };
  const page = await readInCallersScope(
    call(claimsAdmin),
    async (scope) => {
      scopes.withActor.push(scope);
      return { actor: stored, page: `${scope.kind} with actor` };
    },
    async (scope) => {
      scopes.plain.push(scope);
      return `${scope.kind} plain`;
    },
  );
  return { page, scopes };
}

describe('readInCallersScope', () => {
  it('keeps the one read when the claim holds', async () => {
    expect(await read(true, actor(true))).toEqual({
      page: 'all with actor',
      scopes: { withActor: [{ kind: 'all' }], plain: [] },
    });
    expect(await read(false, actor(false))).toEqual({
      page: 'memberOf with actor',
      scopes: { withActor: [{ kind: 'memberOf', userId: 'u1' }], plain: [] },
    });
  });

  it("reads again in the stored user's scope when the claim went stale, either way", async () => {
    expect((await read(true, actor(false))).page).toBe('memberOf plain');
    expect((await read(false, actor(true))).page).toBe('all plain');
  });

  it('refuses a caller that no longer exists, whatever the token claims', async () => {
    for (const claimsAdmin of [true, false]) {
      await expect(read(claimsAdmin, null)).rejects.toBeInstanceOf(DomainError);
    }
  });
});
