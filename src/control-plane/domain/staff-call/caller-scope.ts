import { type Actor } from '../access/actor.js';
import { isPlatformAdmin, requireStoredActor } from '../access/policy.js';
import { type StaffCall } from './staff-call.js';

/** Which rows a staff list may show: all of them (platform admins) or those of the caller's projects. */
export type ListScope = { kind: 'all' } | { kind: 'memberOf'; userId: string };

export const everything: ListScope = { kind: 'all' };
export const memberOf = (userId: string): ListScope => ({ kind: 'memberOf', userId });

/** The scope the policy gives the caller as stored. */
export function listScopeOf(actor: Actor): ListScope {
  return isPlatformAdmin(actor) ? everything : memberOf(actor.userId);
}

/**
 * A list read together with its caller in one round trip (runs.list, projects.list): the page is
 * read in the scope the token claims (`StaffCall.claimsPlatformAdmin`, a hint only), then the
 * policy decides on the user as stored. A user deleted since sign-in is refused; a claim gone
 * stale (admin rights granted or revoked since the token was issued) costs a second read in the
 * scope the user has now.
 */
export async function readInCallersScope<Page>(
  call: StaffCall,
  readWithActor: (scope: ListScope) => Promise<{ actor: Actor | null; page: Page }>,
  read: (scope: ListScope) => Promise<Page>,
): Promise<Page> {
  const claimed = call.claimsPlatformAdmin ? everything : memberOf(call.actorUserId);
  const { actor, page } = await readWithActor(claimed);
  const scope = listScopeOf(requireStoredActor(actor));
  return scope.kind === claimed.kind ? page : read(scope);
}
