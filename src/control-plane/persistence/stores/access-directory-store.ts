import { type MikroORM } from '@mikro-orm/postgresql';
import { type AccessDirectory, type Actor, type ProjectRole } from '../../domain/access/actor.js';
import { queryOne } from './sql.js';

/** The AccessDirectory port over `users` and `project_members`: read fresh on every call. */
export class SqlAccessDirectory implements AccessDirectory {
  constructor(private readonly orm: MikroORM) {}

  async findActor(userId: string): Promise<Actor | null> {
    // A principal with a malformed id (never issued by us) is simply unknown.
    if (!/^[0-9a-f-]{36}$/i.test(userId)) return null;
    const row = await queryOne<{
      id: string;
      email: string;
      is_platform_admin: boolean;
      is_platform_owner: boolean;
    }>(this.orm, 'select id, email, is_platform_admin, is_platform_owner from users where id = ?', [userId], {
      prepared: true,
    });
    return row
      ? {
          userId: row.id,
          email: row.email,
          isPlatformAdmin: row.is_platform_admin,
          isPlatformOwner: row.is_platform_owner,
        }
      : null;
  }

  async findProjectRole(projectId: string, userId: string): Promise<ProjectRole | null> {
    const row = await queryOne<{ role: ProjectRole }>(
      this.orm,
      'select role from project_members where project_id = ? and user_id = ?',
      [projectId, userId],
      { prepared: true },
    );
    return row?.role ?? null;
  }
}
