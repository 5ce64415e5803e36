import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../../migrations/index.js';
import { allEntities } from './entities/index.js';
import { PostgresNamingStrategy } from './naming-strategy.js';

export type { MikroORM };

export interface DatabaseOptions {
  url: string;
  /** Connection pool size (PGlite's socket serves a few; a server serves more). */
  poolMax?: number;
  /** Where MikroORM's own messages (migrator progress) go; silent when absent. */
  log?: (message: string) => void;
}

export function ormOptions(options: DatabaseOptions): Options {
  return {
    clientUrl: options.url,
    entities: allEntities,
    namingStrategy: PostgresNamingStrategy,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true },
    // Every use-case works on its own fork; touching the global EntityManager is a bug.
    allowGlobalContext: false,
    logger: options.log ?? (() => {}),
    forceUtcTimezone: true,
    pool: { min: 0, max: options.poolMax ?? 10 },
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
  };
}

/** Connects (without touching the schema: migrations are a separate, explicit step). */
export function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  return MikroORM.init(ormOptions(options));
}

/** Names of migrations not yet applied. */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const pending = await orm.getMigrator().getPendingMigrations();
  return pending.map((migration) => migration.name);
}

/** Applies pending migrations; returns the names applied. */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

/** Reverts migrations down to (and excluding) `to`, or everything when `to` is 0. */
export async function migrateDown(orm: MikroORM, to: string | 0 = 0): Promise<string[]> {
  const reverted = await orm.getMigrator().down({ to });
  return reverted.map((migration) => migration.name);
}

/** True when a trivial query answers (readiness). */
export async function databaseAnswers(orm: MikroORM): Promise<boolean> {
  try {
    await orm.em.getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}
