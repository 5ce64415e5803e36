import { requireAdminActor } from '../access/policy.js';
import { because, permissionDenied } from '../errors.js';
import { withAudit } from '../staff-call/audit.js';
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
  const actor = await requireAdminActor(deps.directory, call.actorUserId);
  const email = requireEmail('email', input.email);
  const { user, created } = await withAudit(
    deps,
    call,
    actor,
    async () => {
      const existing = await deps.users.findByEmail(email);
      if (existing && existing.isPlatformAdmin && !input.isPlatformAdmin) {
        // Demoting is a step towards deleting, so it follows the same rules as users.delete.
        if (existing.isPlatformOwner)
          throw permissionDenied('the platform owner is always an admin', because('owner_protected'));
        if (!actor.isPlatformOwner)
          throw permissionDenied(
            'only the platform owner may remove another admin',
            because('admin_protected'),
          );
      }
      const upserted = await deps.users.upsertByEmail(
        email,
        input.isPlatformAdmin || (existing?.isPlatformOwner ?? false),
      );
      return { ...upserted, existing };
    },
    ({ user, created, existing }) => ({
      eventType: created ? 'user.created' : 'user.updated',
      resource: 'user',
      resourceId: user.id,
      payload: {
        user_id: user.id,
        email,
        is_platform_admin: user.isPlatformAdmin,
        previous_is_platform_admin: existing ? existing.isPlatformAdmin : null,
      },
    }),
  );
  return { user, created };
}
