import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server tests create their databases on (the machine's PostgreSQL; CI starts it). */
export const adminDatabaseUrl =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: string;
  url: string;
  /** Runs SQL against the test database (assertions and seeding; the product never uses this). */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    params?: unknown[],
  ): Promise<pg.QueryResult<R>>;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A fresh, empty database for one test file, so parallel files never see each other's rows. */
export async function createTestDatabase(prefix = 'codexk8s_test'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminDatabaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminDatabaseUrl, name);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // pool.end() resolves before idle sockets are closed; DROP ... WITH (FORCE) then terminates them and
  // the FATAL 57P01 would surface as an unhandled pool 'error'. Errors of idle clients mean nothing here.
  pool.on('error', () => {});
  return {
    name,
    url,
    query: (sql, params) => pool.query(sql, params),
    drop: async () => {
      await pool.end();
      const cleanup = new pg.Client({ connectionString: adminDatabaseUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
