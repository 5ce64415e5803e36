import { type MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateUp, openDatabase } from '../../src/control-plane/persistence/orm.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/** An index definition as text that survives PostgreSQL's pretty-printing: lower case, no quotes, brackets, spaces or `public.`. */
const normalizedIndexSql = (sql: string) =>
  sql
    .toLowerCase()
    .replaceAll('public.', '')
    .replaceAll(' using btree', '')
    .replace(/["()\s]/g, '');

/**
 * The entities' metadata describes the schema the migrations build: a fresh database migrated
 * with the real migrations, and MikroORM's schema generator finds nothing to change. The
 * migrations stay the one author of the schema; this keeps the entities honest about it.
 */
describe('entities and the migrated schema', () => {
  let database: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await openDatabase({ url: database.url });
    await migrateUp(orm);
  });

  afterAll(async () => {
    await orm?.close();
    await database?.drop();
  });

  it("MikroORM's schema diff between the entities and the migrated database is empty", async () => {
    // Nothing is excluded: tables, columns (generated ones included), defaults, enums (CHECK ... IN),
    // CHECK constraints, unique constraints, foreign keys with their rules, and indexes.
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(diff.trim()).toBe('');
  });

  it('every index the entities give as SQL is the index the migrations created', async () => {
    // MikroORM's comparator matches such indexes (partial, on an expression, DESC, INCLUDE) by name
    // only, as it cannot parse them: their definitions are compared here instead.
    const declared = Object.values(orm.getMetadata().getAll())
      .flatMap((meta) => [...meta.indexes, ...meta.uniques])
      .flatMap((index) =>
        typeof index.expression === 'string' ? [{ name: index.name, sql: index.expression }] : [],
      );
    expect(declared.length).toBeGreaterThanOrEqual(6);
    const { rows } = await database.query<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes where schemaname = 'public' and indexname = any($1)`,
      [declared.map((index) => index.name)],
    );
    const inDatabase = new Map(rows.map((row) => [row.indexname, normalizedIndexSql(row.indexdef)]));
    for (const index of declared) {
      expect(inDatabase.get(index.name ?? ''), index.name).toBe(normalizedIndexSql(index.sql));
    }
  });
});
