import { UnderscoreNamingStrategy } from '@mikro-orm/core';

type IndexKind = Parameters<UnderscoreNamingStrategy['indexName']>[2];

/** PostgreSQL's own suffixes where MikroORM's differ (`pkey`, `check` and `seq` already agree). */
const postgresSuffixes: Partial<Record<IndexKind, string>> = { foreign: 'fkey', unique: 'key', index: 'idx' };

/**
 * Names constraints and indexes as PostgreSQL names them by default (`projects_slug_key`,
 * `project_members_user_id_fkey`), as the hand-written migrations do: the entities' metadata then
 * names the same objects the migrated schema has.
 */
export class PostgresNamingStrategy extends UnderscoreNamingStrategy {
  override indexName(tableName: string, columns: string[], type: IndexKind): string {
    const suffix = postgresSuffixes[type];
    if (suffix === undefined) return super.indexName(tableName, columns, type);
    const table = tableName.slice(tableName.indexOf('.') + 1);
    return [table, ...columns.map((column) => column.replaceAll('.', '_')), suffix].join('_');
  }
}
