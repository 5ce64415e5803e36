import { createHash } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/postgresql';
import { asUnavailableWhenDisconnected } from './sql-errors.js';

/** What may be bound to a `?` placeholder. */
export type SqlValue = string | number | boolean | null | Date | Buffer;

export interface QueryOptions {
  /**
   * Run as a named prepared statement: each pooled connection parses and plans the statement once
   * and then only binds and executes it. For the hot read paths, whose planning cost as much as
   * their execution; only for statements with a fixed set of shapes (one prepared statement per
   * distinct text stays on every connection), so never for SQL whose text grows with its input.
   */
  prepared?: boolean;
}

/** Statement names by SQL text: the same text always gets the same name, on every connection. */
const statementNames = new Map<string, string>();

function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `codexk8s_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return name;
}

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
  options: QueryOptions = {},
): Promise<Row[]> {
  const em = orm.em.getContext(false);
  const statement = em.getKnex().raw(sql, bindings);
  // knex hands `options` to the driver's query config; pg prepares a statement that has a name.
  if (options.prepared) statement.options({ name: statementName(sql) });
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
  options: QueryOptions = {},
): Promise<Row | null> {
  const rows = await query<Row>(orm, sql, bindings, options);
  return rows[0] ?? null;
}

/**
 * A row count written into the SQL text (`limit ${sqlCount(n)}`) rather than bound. A prepared
 * statement whose LIMIT is a parameter gets a generic plan that must guess the row count, costs
 * more than the custom plans and is never picked, so the statement would be planned on every run.
 * Page sizes are few, so the texts stay few.
 */
export function sqlCount(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`not a row count: ${count}`);
  return String(count);
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

/**
 * MikroORM's connection hands timestamps over as PostgreSQL text (`2026-11-27 10:55:08.162345+00`);
 * this turns them into Dates (millisecond precision is what the API shows).
 */
export function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  // The common case, a UTC session (`… 10:55:08.162345+00`), without a regular expression: lists
  // convert a few hundred of these per call.
  if (value.length > 22 && value.endsWith('+00')) {
    const date = new Date(`${value.slice(0, 10)}T${value.slice(11, -3)}Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  const iso = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`unparseable timestamp from the database: ${value}`);
  return date;
}

export function toOptionalDate(value: string | Date | null): Date | null {
  return value === null ? null : toDate(value);
}
