import { type MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { type Actor } from '../../domain/access/actor.js';
import { checkedByFirstRow, checkedRow, type CheckOnlyShape, column } from './rows.js';
import { rawRows, type Statement } from './sql.js';

/**
 * The caller's columns of a read that brings the caller and the data in one round trip, named
 * `actor_…` to keep them apart from the data's (which may have an `id` or an `actor_id` too).
 */
export const actorShape = z.object({
  actor_id: column.text,
  actor_email: column.text,
  actor_is_platform_admin: column.boolean,
  actor_is_platform_owner: column.boolean,
});

/** The select list of actorShape from the users table aliased `alias`. */
export const actorColumns = (alias: string) =>
  `${alias}.id as actor_id, ${alias}.email as actor_email,
  ${alias}.is_platform_admin as actor_is_platform_admin, ${alias}.is_platform_owner as actor_is_platform_owner`;

export function actorFromRow(row: z.output<typeof actorShape>): Actor {
  return {
    userId: row.actor_id,
    email: row.actor_email,
    isPlatformAdmin: row.actor_is_platform_admin,
    isPlatformOwner: row.actor_is_platform_owner,
  };
}

/**
 * `statement` with the caller's row beside it: each row carries the actor's columns, a caller
 * with nothing to see still gets one row (the statement's columns null), and no row means no such
 * user. `orderBy` repeats the statement's order over its columns (`page.*`), which the lateral
 * join does not keep.
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

/**
 * Runs `withActor(statement)` as a prepared statement (a hot read): the caller as stored (null when
 * no such user), and the statement's rows, checked against `shape` on the first. The statement
 * must select an `id` column: a row whose `id` is null is the left join's row for an empty result.
 */
export async function queryWithActor<Row>(
  orm: MikroORM,
  shape: CheckOnlyShape<Row>,
  statement: Statement,
  actorUserId: string,
  orderBy: string,
): Promise<{ actor: Actor | null; rows: Row[] }> {
  const read = withActor(statement, actorUserId, orderBy);
  const rows = await rawRows(orm, read.sql, read.bindings, { prepared: true });
  const first = rows[0];
  return {
    actor: first ? actorFromRow(checkedRow(actorShape, first, read.sql)) : null,
    rows: checkedByFirstRow(
      shape,
      rows.filter((row) => row.id !== null),
      read.sql,
    ),
  };
}
