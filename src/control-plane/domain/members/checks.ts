import { projectRoles, type ProjectRole } from '../../../shared/contract/project-role.js';
import { requireActor, requirePlatformAdmin } from '../access/policy.js';
import { invalidArgument } from '../errors.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type MembersPorts } from './ports.js';

/** SPEC §6: memberships are managed by platform admins only. Returns the caller's user id. */
export async function requireMembershipAdmin(
  deps: Pick<MembersPorts, 'directory'>,
  call: StaffCall,
): Promise<string> {
  const actor = await requireActor(deps.directory, call.actorUserId);
  requirePlatformAdmin(actor);
  return actor.userId;
}

export function parseRole(role: string): ProjectRole {
  const match = projectRoles.find((candidate) => candidate === role);
  if (!match) throw invalidArgument(`role: must be one of ${projectRoles.join(', ')}`);
  return match;
}
