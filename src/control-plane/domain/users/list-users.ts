import { requireActor, requirePlatformAdmin } from '../access/policy.js';
import { type Page, pageRequest } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type StaffUser, type UsersPorts } from './ports.js';

export interface ListUsersInput {
  limit?: number;
  cursor?: string;
}

/** users.list (SPEC §6): the allowlist, by email; platform admins only. */
export async function listUsers(
  deps: Pick<UsersPorts, 'directory' | 'users'>,
  call: StaffCall,
  input: ListUsersInput,
): Promise<Page<StaffUser>> {
  const actor = await requireActor(deps.directory, call.actorUserId);
  requirePlatformAdmin(actor);
  return deps.users.list(pageRequest(input.limit, input.cursor));
}
