import { requireAdminActor, requireCanDeleteUser } from '../access/policy.js';
import { because, notFound } from '../errors.js';
import { withAudit } from '../staff-call/audit.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type UsersPorts } from './ports.js';

/**
 * users.delete (SPEC §6): takes a user off the allowlist (memberships go with it). Never oneself,
 * never the owner; only the owner deletes another admin.
 */
export async function deleteUser(
  deps: Pick<UsersPorts, 'directory' | 'users' | 'audit' | 'transactor'>,
  call: StaffCall,
  input: { userId: string },
): Promise<void> {
  const actor = await requireAdminActor(deps.directory, call.actorUserId);
  const target = await deps.users.findById(requireUuid('userId', input.userId));
  if (!target) throw notFound('user not found', because('user_not_found'));
  requireCanDeleteUser(actor, target);
  await withAudit(
    deps,
    call,
    actor,
    () => deps.users.delete(target.id),
    () => ({
      eventType: 'user.deleted',
      resource: 'user',
      resourceId: target.id,
      payload: { user_id: target.id, email: target.email, was_platform_admin: target.isPlatformAdmin },
    }),
  );
}
