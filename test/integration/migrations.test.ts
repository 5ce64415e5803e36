import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newSecrets, startControlPlane } from '../support/platform.js';
import { projectRoot } from '../support/processes.js';
import { migrationsList } from '../../migrations/index.js';

const names = migrationsList.map((migration) => migration.name);

const execFileAsync = promisify(execFile);

/** `npm run migrate [-- args]` exactly as the migrate Job runs it. */
async function migrate(
  databaseUrl: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync('npm', ['run', '--silent', 'migrate', '--', ...args], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: databaseUrl },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  /** Everything that makes up the schema: columns, indexes, constraints (the migrations table aside). */
  async function schemaDump(): Promise<string[]> {
    const columns = await database.query(
      `select table_name, column_name, data_type, is_nullable, column_default
         from information_schema.columns where table_schema = 'public' and table_name <> 'mikro_orm_migrations'
        order by table_name, column_name`,
    );
    const indexes = await database.query(
      `select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename <> 'mikro_orm_migrations' order by indexname`,
    );
    const constraints = await database.query(
      `select c.conrelid::regclass::text as table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) as definition
         from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where n.nspname = 'public' and c.conrelid::regclass::text <> 'mikro_orm_migrations'
        order by 1, 2`,
    );
    const compression = await database.query(
      `select c.relname, a.attname, a.attcompression
         from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and a.attcompression <> '' order by 1, 2`,
    );
    return [...columns.rows, ...indexes.rows, ...constraints.rows, ...compression.rows].map((row) =>
      JSON.stringify(row),
    );
  }

  it('the control-plane refuses to start while migrations are pending, with one clear line', async () => {
    const controlPlane = await startControlPlane({
      databaseUrl: database.url,
      secrets: newSecrets(),
      env: { CODEXK8S_MIGRATE_ON_START: 'false' },
      waitReady: false,
    });
    expect(await controlPlane.process.exited).not.toBe(0);
    const lines = controlPlane.process
      .output()
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`${names.length} pending migration.*${names.join(', ')}.*npm run migrate`),
    );
  });

  it('npm run migrate applies everything and exits 0; again it has nothing to do', async () => {
    const first = await migrate(database.url);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`applied ${names.length} migration(s): ${names.join(', ')}`);
    const second = await migrate(database.url);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/up to date/);
    expect((await migrate(database.url, 'status')).stdout).toMatch(/up to date/);
  });

  it('up → down → up on an empty database leaves the same schema; down leaves no table behind', async () => {
    const afterUp = await schemaDump();
    expect(afterUp.length).toBeGreaterThan(50);
    expect(afterUp.join('\n')).toContain('users_single_owner_key');
    // Webhook payloads are compressed with lz4 where the server has it (this one does).
    expect(afterUp).toContain(
      JSON.stringify({ relname: 'agent_runs', attname: 'run_payload', attcompression: 'l' }),
    );

    const down = await migrate(database.url, 'down', 'all');
    expect(down.code).toBe(0);
    expect(down.stdout).toContain(`reverted: ${[...names].reverse().join(', ')}`);
    expect(await schemaDump()).toEqual([]);
    expect((await migrate(database.url, 'status')).stdout).toContain(`${names.length} pending`);

    expect((await migrate(database.url)).code).toBe(0);
    expect(await schemaDump()).toEqual(afterUp);
  });

  it('a missing DATABASE_URL stops migrate with a line naming it', async () => {
    const result = await migrate('');
    expect(result.code).toBe(78);
    expect(result.stderr).toMatch(/DATABASE_URL/);
  });
});
