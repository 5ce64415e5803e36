import { requireActor, requirePlatformAdmin } from '../access/policy.js';
import { permissionDenied } from '../errors.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireEmail } from '../staff-call/validation.js';
import { type StaffUser, type UsersPorts } from './ports.js';

export interface CreateUserInput {
  email: string;
  isPlatformAdmin: boolean;
}

/**
 * users.create (SPEC §6): allowlists an email, or changes the admin flag of the user who has it;
 * platform admins only. Demoting an admin follows the rules of users.delete.
 */
export async function createUser(
  deps: Pick<UsersPorts, 'directory' | 'users' | 'audit' | 'transactor'>,
  call: StaffCall,
  input: CreateUserInput,
): Promise<{ user: StaffUser; created: boolean }> {
  const actor = await requireActor(deps.directory, call.actorUserId);
  requirePlatformAdmin(actor);
  const email = requireEmail('email', input.email);

  return deps.transactor.inTransaction(async () => {
    const existing = await deps.users.findByEmail(email);
    if (existing && existing.isPlatformAdmin && !input.isPlatformAdmin) {
      // Demoting is a step towards deleting, so it follows the same rules as users.delete.
      if (existing.isPlatformOwner) throw permissionDenied('the platform owner is always an admin');
      if (!actor.isPlatformOwner) throw permissionDenied('only the platform owner may remove another admin');
    }
    const result = await deps.users.upsertByEmail(
      email,
      input.isPlatformAdmin || (existing?.isPlatformOwner ?? false),
    );
    await deps.audit.append({
      actorUserId: actor.userId,
      eventType: result.created ? 'user.created' : 'user.updated',
      resource: 'user',
      resourceId: result.user.id,
      requestId: call.requestId,
      payload: {
        user_id: result.user.id,
        email,
        is_platform_admin: result.user.isPlatformAdmin,
        previous_is_platform_admin: existing ? existing.isPlatformAdmin : null,
      },
    });
    return result;
  });
}
