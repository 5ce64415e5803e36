import { QueryOrder, raw, sql } from '@mikro-orm/core';
import { type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { type Page, type PageRequest } from '../../domain/staff-call/pagination.js';
import { type StaffUser, type UserStore } from '../../domain/users/ports.js';
import { UserEntity, type UserRow } from '../entities/user.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { currentEntityManager, upsertReturning } from './entity-manager.js';

/** The domain's StaffUser of a row (a plain object: the unit of work's entity stays behind). */
export function toStaffUser(user: UserRow): StaffUser {
  return {
    id: user.id,
    email: user.email,
    githubUserId: user.githubUserId,
    githubLogin: user.githubLogin,
    isPlatformAdmin: user.isPlatformAdmin,
    isPlatformOwner: user.isPlatformOwner,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    lastSignInAt: user.lastSignInAt ?? null,
  };
}

/** The user with this email, compared case-insensitively (the users_email_lower_key index). */
export function findUserByEmail(em: EntityManager, email: string): Promise<UserRow | null> {
  return em.createQueryBuilder(UserEntity).where('lower(email) = lower(?)', [email]).getSingleResult();
}

/** `users` for the allowlist API; ordered by lower(email), the unique index. */
export class SqlUserStore implements UserStore {
  constructor(private readonly orm: MikroORM) {}

  async list(page: PageRequest): Promise<Page<StaffUser>> {
    const after = decodeCursor('users', page.cursor, ['string'])?.[0] ?? null;
    const users = await currentEntityManager(this.orm).find(
      UserEntity,
      after === null ? {} : { [sql`lower(email)`]: { $gt: after } },
      { orderBy: { [sql`lower(email)`]: QueryOrder.ASC }, limit: page.limit + 1 },
    );
    return toPage(users, page.limit, toStaffUser, (user) =>
      encodeCursor('users', [user.email.toLowerCase()]),
    );
  }

  async findById(userId: string): Promise<StaffUser | null> {
    const user = await currentEntityManager(this.orm).findOne(UserEntity, { id: userId });
    return user ? toStaffUser(user) : null;
  }

  async findByEmail(email: string): Promise<StaffUser | null> {
    const user = await findUserByEmail(currentEntityManager(this.orm), email);
    return user ? toStaffUser(user) : null;
  }

  async upsertByEmail(
    email: string,
    isPlatformAdmin: boolean,
  ): Promise<{ user: StaffUser; created: boolean }> {
    const em = currentEntityManager(this.orm);
    const upserted = await upsertReturning(
      em,
      UserEntity,
      em
        .createQueryBuilder(UserEntity)
        .insert({ email, isPlatformAdmin })
        .onConflict(raw('(lower(email))'))
        .merge({ isPlatformAdmin: raw('excluded.is_platform_admin'), updatedAt: raw('now()') }),
    );
    if (!upserted) throw new Error('upsert returned no row');
    return { user: toStaffUser(upserted.entity), created: upserted.inserted };
  }

  async search(prefix: string, limit: number): Promise<StaffUser[]> {
    // LIKE's own wildcards in the query are matched literally.
    const pattern = `${prefix.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    const users = await currentEntityManager(this.orm)
      .createQueryBuilder(UserEntity)
      .where('lower(email) like ? or lower(github_login) like ?', [pattern, pattern])
      .orderBy({ [sql`lower(email)`]: QueryOrder.ASC })
      .limit(limit)
      .getResultList();
    return users.map(toStaffUser);
  }

  async delete(userId: string): Promise<void> {
    await currentEntityManager(this.orm).nativeDelete(UserEntity, { id: userId });
  }
}
