import { raw, sql } from '@mikro-orm/core';
import { type MikroORM } from '@mikro-orm/postgresql';
import { type StaffAuthStore } from '../../domain/staff-auth/ports.js';
import {
  type BootstrapOutcome,
  type BootstrapPlan,
  type GitHubIdentity,
} from '../../domain/staff-auth/ports.js';
import { type StaffUser } from '../../domain/users/ports.js';
import { UserEntity } from '../entities/user.js';

import { currentEntityManager } from './entity-manager.js';
import { findUserByEmail, toStaffUser } from './user-store.js';
import { isUuid } from '../../../shared/text/uuid.js';

/** Serializes bootstraps of replicas that start together (a transaction-scoped advisory lock). */
const bootstrapLockKey = 'codexk8s.staff-bootstrap';

/** `users` for sign-in, on the unit of work's EntityManager. */
export class SqlStaffAuthStore implements StaffAuthStore {
  constructor(private readonly orm: MikroORM) {}

  async findByEmail(email: string): Promise<StaffUser | null> {
    const user = await findUserByEmail(currentEntityManager(this.orm), email);
    return user ? toStaffUser(user) : null;
  }

  async findById(userId: string): Promise<StaffUser | null> {
    if (!isUuid(userId)) return null;
    const user = await currentEntityManager(this.orm).findOne(UserEntity, { id: userId });
    return user ? toStaffUser(user) : null;
  }

  async recordSignIn(userId: string): Promise<StaffUser> {
    const em = currentEntityManager(this.orm);
    const user = await em.findOneOrFail(UserEntity, { id: userId });
    user.lastSignInAt = new Date();
    await em.flush();
    return toStaffUser(user);
  }

  linkGitHubIdentity(userId: string, identity: GitHubIdentity): Promise<StaffUser> {
    return currentEntityManager(this.orm).transactional(async (em) => {
      // github_user_id is unique: the same GitHub account may have been linked to another email before.
      await em.nativeUpdate(
        UserEntity,
        { githubUserId: identity.githubUserId, id: { $ne: userId } },
        { githubUserId: null, updatedAt: raw('now()') },
      );
      const user = await em.findOneOrFail(UserEntity, { id: userId });
      user.githubUserId = identity.githubUserId;
      user.githubLogin = identity.githubLogin;
      // Flushed before it is returned, so what is returned is what is stored (updatedAt included).
      await em.flush();
      return toStaffUser(user);
    });
  }

  /**
   * Under a transaction-scoped advisory lock, so replicas starting together apply it one after the
   * other: the allowlisted users are read in one query, the missing ones created and missing flags
   * raised on the unit of work, and its one flush writes only what changed (a second start: nothing).
   */
  applyBootstrap(plan: BootstrapPlan): Promise<BootstrapOutcome> {
    return currentEntityManager(this.orm).transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [bootstrapLockKey]);
      // The owner moved to another email: the previous owner stays admin but is no longer the owner
      // (the partial unique index allows one owner). Written at once, before anyone becomes owner.
      let updated = await em.nativeUpdate(
        UserEntity,
        { isPlatformOwner: true, [sql`lower(email)`]: { $ne: plan.ownerEmail } },
        { isPlatformOwner: false, updatedAt: raw('now()') },
      );
      const existing = await em.find(UserEntity, {
        [sql`lower(email)`]: { $in: plan.users.map((user) => user.email) },
      });
      const byEmail = new Map(existing.map((user) => [user.email.toLowerCase(), user]));
      let created = 0;
      for (const wanted of plan.users) {
        const isOwner = wanted.email === plan.ownerEmail;
        const user = byEmail.get(wanted.email);
        if (!user) {
          em.create(UserEntity, {
            email: wanted.email,
            isPlatformAdmin: wanted.isPlatformAdmin,
            isPlatformOwner: isOwner,
          });
          created += 1;
        } else if ((wanted.isPlatformAdmin && !user.isPlatformAdmin) || (isOwner && !user.isPlatformOwner)) {
          // Flags are raised, never lowered here.
          user.isPlatformAdmin ||= wanted.isPlatformAdmin;
          user.isPlatformOwner ||= isOwner;
          updated += 1;
        }
      }
      // The transaction's flush writes the new users and the raised flags, once.
      return { created, updated };
    });
  }
}
