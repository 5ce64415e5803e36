import { requireActor, requireCanDeleteUser, requirePlatformAdmin } from '../access/policy.js';
import { notFound } from '../errors.js';
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
  const actor = await requireActor(deps.directory, call.actorUserId);
  requirePlatformAdmin(actor);
  const target = await deps.users.findById(requireUuid('userId', input.userId));
  if (!target) throw notFound('user not found');
  requireCanDeleteUser(actor, target);
  await deps.transactor.inTransaction(async () => {
    await deps.users.delete(target.id);
    await deps.audit.append({
      actorUserId: actor.userId,
      eventType: 'user.deleted',
      resource: 'user',
      resourceId: target.id,
      requestId: call.requestId,
      payload: { user_id: target.id, email: target.email, was_platform_admin: target.isPlatformAdmin },
    });
  });
}
