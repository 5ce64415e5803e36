import { type EntityDictionary, type EntitySchema, raw } from '@mikro-orm/core';
import { type EntityManager, type MikroORM, type QueryBuilder } from '@mikro-orm/postgresql';

/**
 * The EntityManager of the current unit of work: the use-case's transaction when one is open
 * (Transactor), else the call's own fork (unit-of-work.ts). Outside both it throws: the global
 * EntityManager is never used.
 */
export function currentEntityManager(orm: MikroORM): EntityManager {
  return orm.em.getContext();
}

/**
 * Runs an `INSERT … ON CONFLICT … DO UPDATE` built with the QueryBuilder and returns the row it
 * wrote as a managed entity of the unit of work, with whether it was inserted (`xmax = 0`: the
 * row version has no updater) or updated. Null when the conflict's WHERE left the row alone.
 * One statement, so concurrent upserts of one key never fail on the unique index.
 */
export async function upsertReturning<Entity extends object>(
  em: EntityManager,
  entity: EntitySchema<Entity>,
  statement: QueryBuilder<Entity>,
): Promise<{ entity: Entity; inserted: boolean } | null> {
  const row = (await statement.returning(['*', raw('(xmax = 0) as inserted')]).execute('get', false)) as
    Record<string, unknown> | undefined;
  if (row === undefined) return null;
  const { inserted, ...columns } = row;
  return { entity: em.map(entity, columns as EntityDictionary<Entity>), inserted: inserted === true };
}
