import { type MikroORM } from '@mikro-orm/postgresql';
import {
  type AccessDirectory,
  type AccessSnapshot,
  type AccessSnapshotSource,
  type Actor,
  type ProjectRole,
} from '../../domain/access/actor.js';
import { query, queryOne, type Statement } from './sql.js';

/** The columns an Actor is read from, as `${prefix}id` and so on (a prefix keeps them apart in a join). */
export interface ActorRow {
  actor_id: string;
  actor_email: string;
  actor_is_platform_admin: boolean;
  actor_is_platform_owner: boolean;
}

/** The select list of an ActorRow from the users table aliased `alias`. */
export const actorColumns = (alias: string) =>
  `${alias}.id as actor_id, ${alias}.email as actor_email,
  ${alias}.is_platform_admin as actor_is_platform_admin, ${alias}.is_platform_owner as actor_is_platform_owner`;

export function actorFromRow(row: ActorRow): Actor {
  return {
    userId: row.actor_id,
    email: row.actor_email,
    isPlatformAdmin: row.actor_is_platform_admin,
    isPlatformOwner: row.actor_is_platform_owner,
  };
}

/**
 * `statement` with the caller's row beside it, for reads that fetch the caller and the data in one
 * round trip: each row carries the actor's columns, a caller with nothing to see still gets one
 * row (the statement's columns null), and no row means no such user. `orderBy` repeats the
 * statement's order over its columns (`page.*`), which the lateral join does not keep.
 */
export function withActor(statement: Statement, actorUserId: string, orderBy: string): Statement {
  return {
    sql: `select ${actorColumns('a')}, page.*
      from users a left join lateral (${statement.sql}) page on true
      where a.id = ?
      order by ${orderBy}`,
    bindings: [...statement.bindings, actorUserId],
  };
}

/** A principal with a malformed id (never issued by us) names no user: no query needed to say so. */
export const isUserId = (userId: string) => /^[0-9a-f-]{36}$/i.test(userId);

const isProjectId = isUserId;

/** The AccessDirectory port over `users` and `project_members`: read fresh on every call. */
export class SqlAccessDirectory implements AccessDirectory, AccessSnapshotSource {
  constructor(private readonly orm: MikroORM) {}

  async findActor(userId: string): Promise<Actor | null> {
    if (!isUserId(userId)) return null;
    const row = await queryOne<ActorRow>(
      this.orm,
      `select ${actorColumns('u')} from users u where u.id = ?`,
      [userId],
      { prepared: true },
    );
    return row ? actorFromRow(row) : null;
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

  async readAccessSnapshots(userIds: string[], projectIds: string[]): Promise<Map<string, AccessSnapshot>> {
    const users = userIds.filter(isUserId);
    const snapshots = new Map<string, { actor: Actor; roles: Map<string, ProjectRole> }>();
    if (users.length === 0) return snapshots;
    // One row per user, plus one per membership in the asked projects; the text is the same for
    // any number of ids (two array parameters), so it stays one prepared statement.
    const rows = await query<ActorRow & { project_id: string | null; role: ProjectRole | null }>(
      this.orm,
      `select ${actorColumns('u')}, m.project_id, m.role
       from users u
       left join project_members m on m.user_id = u.id and m.project_id = any(?::uuid[])
       where u.id = any(?::uuid[])`,
      [`{${projectIds.filter(isProjectId).join(',')}}`, `{${users.join(',')}}`],
      { prepared: true },
    );
    for (const row of rows) {
      let snapshot = snapshots.get(row.actor_id);
      if (!snapshot) {
        snapshot = { actor: actorFromRow(row), roles: new Map() };
        snapshots.set(row.actor_id, snapshot);
      }
      if (row.project_id && row.role) snapshot.roles.set(row.project_id, row.role);
    }
    return snapshots;
  }
}
