import { type MikroORM } from '@mikro-orm/postgresql';
import { asUnavailableWhenDisconnected } from './sql-errors.js';

/** What may be bound to a `?` placeholder. */
export type SqlValue = string | number | boolean | null | Date | Buffer;

/**
 * Runs one SQL statement with real bind parameters (`?` placeholders, sent separately to
 * PostgreSQL, never spliced into the text) on the current unit of work: inside a
 * `Transactor.inTransaction` it joins that transaction, otherwise it uses the request's fork.
 * Arrays must be passed as PostgreSQL array literals (knex would expand them into lists).
 */
export async function query<Row>(
  orm: MikroORM,
  sql: string,
  bindings: readonly SqlValue[] = [],
): Promise<Row[]> {
  const em = orm.em.getContext(false);
  const statement = em.getKnex().raw(sql, bindings);
  const transaction = em.getTransactionContext();
  if (transaction) statement.transacting(transaction);
  try {
    const result = (await statement) as { rows: Row[] };
    return result.rows;
  } catch (error) {
    throw asUnavailableWhenDisconnected(error);
  }
}

export async function queryOne<Row>(
  orm: MikroORM,
  sql: string,
  bindings: readonly SqlValue[] = [],
): Promise<Row | null> {
  const rows = await query<Row>(orm, sql, bindings);
  return rows[0] ?? null;
}

/** PostgreSQL array literal of UUIDs (validated by the domain, so no quoting is needed). */
export function uuidArrayLiteral(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

/** bigint columns arrive as strings from the driver. */
export function toNumber(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}

/** SQLSTATE of a driver error, when there is one. */
export function sqlState(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** Microsecond-exact text of a timestamptz for keyset cursors (a JS Date keeps only milliseconds). */
export const exactTimestamp = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * MikroORM's connection hands timestamps over as PostgreSQL text (`2026-11-27 10:55:08.162345+00`);
 * this turns them into Dates (millisecond precision is what the API shows).
 */
export function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  const iso = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`unparseable timestamp from the database: ${value}`);
  return date;
}

export function toOptionalDate(value: string | Date | null): Date | null {
  return value === null ? null : toDate(value);
}
