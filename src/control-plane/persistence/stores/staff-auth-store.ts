import { type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { type StaffAuthStore } from '../../domain/staff-auth/ports.js';
import {
  type BootstrapOutcome,
  type BootstrapPlan,
  type GitHubIdentity,
  type StaffUser,
} from '../../domain/staff-auth/staff-user.js';
import { UserEntity, type UserRow } from '../entities/user.js';
import { isUserId } from './access-directory-store.js';

function toStaffUser(row: UserRow): StaffUser {
  return {
    id: row.id,
    email: row.email,
    githubUserId: row.githubUserId,
    githubLogin: row.githubLogin,
    isPlatformAdmin: row.isPlatformAdmin,
    isPlatformOwner: row.isPlatformOwner,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Serializes bootstraps of replicas that start together (a transaction-scoped advisory lock). */
const bootstrapLockKey = 'codexk8s.staff-bootstrap';

/**
 * `users` for sign-in. Uses `orm.em`, which inside a unit of work (unit-of-work.ts) is the
 * call's own fork.
 */
export class SqlStaffAuthStore implements StaffAuthStore {
  constructor(private readonly orm: MikroORM) {}

  private get em(): EntityManager {
    return this.orm.em;
  }

  async findByEmail(email: string): Promise<StaffUser | null> {
    const row = await this.em
      .createQueryBuilder(UserEntity)
      .where('lower(email) = lower(?)', [email])
      .getSingleResult();
    return row ? toStaffUser(row) : null;
  }

  async findById(userId: string): Promise<StaffUser | null> {
    if (!isUserId(userId)) return null;
    const row = await this.em.createQueryBuilder(UserEntity).where({ id: userId }).getSingleResult();
    return row ? toStaffUser(row) : null;
  }

  linkGitHubIdentity(userId: string, identity: GitHubIdentity): Promise<StaffUser> {
    return this.em.transactional(async (em) => {
      // github_user_id is unique: the same GitHub account may have been linked to another email before.
      await em.execute(
        'update users set github_user_id = null, updated_at = now() where github_user_id = ? and id <> ?',
        [identity.githubUserId, userId],
      );
      const row = await em.findOneOrFail(UserEntity, { id: userId });
      row.githubUserId = identity.githubUserId;
      row.githubLogin = identity.githubLogin;
      await em.flush();
      return toStaffUser(row);
    });
  }

  applyBootstrap(plan: BootstrapPlan): Promise<BootstrapOutcome> {
    return this.em.transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [bootstrapLockKey]);
      let created = 0;
      let updated = 0;
      // The owner moved to another email: the previous owner stays admin but is no longer the owner
      // (the partial unique index allows one owner).
      const demoted = await em.execute<Array<{ id: string }>>(
        'update users set is_platform_owner = false, updated_at = now() where is_platform_owner and lower(email) <> ? returning id',
        [plan.ownerEmail],
      );
      updated += demoted.length;
      for (const user of plan.users) {
        const isOwner = user.email === plan.ownerEmail;
        // Inserts missing users, raises missing flags, and touches nothing that is already right
        // (the WHERE of DO UPDATE), so a second start changes no row.
        const rows = await em.execute<Array<{ inserted: boolean }>>(
          `insert into users (email, is_platform_admin, is_platform_owner) values (?, ?, ?)
           on conflict ((lower(email))) do update set
             is_platform_admin = users.is_platform_admin or excluded.is_platform_admin,
             is_platform_owner = users.is_platform_owner or excluded.is_platform_owner,
             updated_at = now()
           where (excluded.is_platform_admin and not users.is_platform_admin)
              or (excluded.is_platform_owner and not users.is_platform_owner)
           returning (xmax = 0) as inserted`,
          [user.email, user.isPlatformAdmin, isOwner],
        );
        for (const row of rows) {
          if (row.inserted) created += 1;
          else updated += 1;
        }
      }
      return { created, updated };
    });
  }
}
