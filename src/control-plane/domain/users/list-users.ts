import { requireAdminActor } from '../access/policy.js';
import { type Page, type PageInput, pageRequest } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type StaffUser, type UsersPorts } from './ports.js';

/** users.list (SPEC §6): the allowlist, by email; platform admins only. */
export async function listUsers(
  deps: Pick<UsersPorts, 'directory' | 'users'>,
  call: StaffCall,
  input: PageInput,
): Promise<Page<StaffUser>> {
  await requireAdminActor(deps.directory, call.actorUserId);
  return deps.users.list(pageRequest(input));
}
