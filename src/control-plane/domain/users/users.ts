import { type AccessDirectory } from '../access/actor.js';
import { requireActor, requireCanDeleteUser, requirePlatformAdmin } from '../access/policy.js';
import { notFound, permissionDenied } from '../errors.js';
import { type AuditTrail } from '../staff/audit.js';
import { type StaffCall } from '../staff/call.js';
import { type Page, pageRequest } from '../staff/pagination.js';
import { type Transactor } from '../staff/transaction.js';
import { requireEmail, requireUuid } from '../staff/validation.js';
import { type StaffUserRecord, type UserStore } from './ports.js';

export interface UsersDependencies {
  directory: AccessDirectory;
  users: UserStore;
  audit: AuditTrail;
  transactor: Transactor;
}

/** users.list / create / delete (SPEC §6): the allowlist. */
export class UsersService {
  constructor(private readonly deps: UsersDependencies) {}

  async list(
    call: StaffCall,
    limit: number | undefined,
    cursor: string | undefined,
  ): Promise<Page<StaffUserRecord>> {
    const actor = await requireActor(this.deps.directory, call.actorUserId);
    requirePlatformAdmin(actor);
    return this.deps.users.list(pageRequest(limit, cursor));
  }

  async create(
    call: StaffCall,
    input: { email: string; isPlatformAdmin: boolean },
  ): Promise<{ user: StaffUserRecord; created: boolean }> {
    const actor = await requireActor(this.deps.directory, call.actorUserId);
    requirePlatformAdmin(actor);
    const email = requireEmail('email', input.email);

    return this.deps.transactor.inTransaction(async () => {
      const existing = await this.deps.users.findByEmail(email);
      if (existing && existing.isPlatformAdmin && !input.isPlatformAdmin) {
        // Demoting is a step towards deleting, so it follows the same rules as users.delete.
        if (existing.isPlatformOwner) throw permissionDenied('the platform owner is always an admin');
        if (!actor.isPlatformOwner)
          throw permissionDenied('only the platform owner may remove another admin');
      }
      const result = await this.deps.users.upsertByEmail(
        email,
        input.isPlatformAdmin || (existing?.isPlatformOwner ?? false),
      );
      await this.deps.audit.append({
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

  async delete(call: StaffCall, userId: string): Promise<void> {
    const actor = await requireActor(this.deps.directory, call.actorUserId);
    requirePlatformAdmin(actor);
    const target = await this.deps.users.findById(requireUuid('userId', userId));
    if (!target) throw notFound('user not found');
    requireCanDeleteUser(actor, target);
    await this.deps.transactor.inTransaction(async () => {
      await this.deps.users.delete(target.id);
      await this.deps.audit.append({
        actorUserId: actor.userId,
        eventType: 'user.deleted',
        resource: 'user',
        resourceId: target.id,
        requestId: call.requestId,
        payload: { user_id: target.id, email: target.email, was_platform_admin: target.isPlatformAdmin },
      });
    });
  }
}
