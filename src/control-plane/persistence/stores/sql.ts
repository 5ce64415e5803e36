import { createHash } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/postgresql';
import { asUnavailableWhenDisconnected } from './sql-errors.js';

/** What may be bound to a `?` placeholder. */
export type SqlValue = string | number | boolean | null | Date | Buffer;

/** The columns of a left-joined row: all null when the join found nothing. */
export type NullableRow<Row> = { [Column in keyof Row]: Row[Column] | null };

/** One SQL statement and its bindings, in order. */
export interface Statement {
  sql: string;
  bindings: SqlValue[];
}

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

/** Milliseconds since the epoch of each calendar day met so far, by `YYYYMMDD`; a page spans few days. */
const dayStarts = new Map<number, number>();
const maxCachedDays = 4096;

/** The number written by the digits of `text` from `start` up to `end`; NaN when one is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Milliseconds since the epoch of PostgreSQL's text of a timestamptz in a UTC session,
 * `YYYY-MM-DD HH:MM:SS[.ffffff]+00`, read digit by digit; NaN for any other shape. Lists convert
 * a few hundred of these per call, and `new Date(text)` costs three times as much on Node 20.
 */
function utcTimestampMillis(text: string): number {
  const length = text.length;
  if (length < 22 || length > 29 || !text.endsWith('+00')) return NaN;
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== ' ' || text[13] !== ':' || text[16] !== ':')
    return NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  const hours = digitsAt(text, 11, 13);
  const minutes = digitsAt(text, 14, 16);
  const seconds = digitsAt(text, 17, 19);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hours <= 23 && minutes <= 59 && seconds <= 59))
    return NaN; // NaN fails every comparison, so a non-digit lands here too
  // The fraction: `.` and 1–6 digits before `+00`; its first three are the milliseconds.
  const fractionEnd = length - 3;
  let millis = 0;
  if (fractionEnd > 19) {
    if (text[19] !== '.' || fractionEnd === 20 || Number.isNaN(digitsAt(text, 20, fractionEnd))) return NaN;
    const msDigits = Math.min(fractionEnd, 23) - 20;
    millis = digitsAt(text, 20, 20 + msDigits) * 10 ** (3 - msDigits);
  }
  const dayKey = year * 10_000 + month * 100 + day;
  let dayStart = dayStarts.get(dayKey);
  if (dayStart === undefined) {
    dayStart = Date.UTC(year, month - 1, day);
    if (dayStarts.size >= maxCachedDays) dayStarts.clear();
    dayStarts.set(dayKey, dayStart);
  }
  return dayStart + hours * 3_600_000 + minutes * 60_000 + seconds * 1000 + millis;
}

/**
 * MikroORM's connection hands timestamps over as PostgreSQL text (`2026-11-27 10:55:08.162345+00`);
 * this turns them into Dates (millisecond precision is what the API shows).
 */
export function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  const millis = utcTimestampMillis(value);
  if (!Number.isNaN(millis)) return new Date(millis);
  // Other offsets, years past 9999 or BC: the general path.
  const iso = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`unparseable timestamp from the database: ${value}`);
  return date;
}

export function toOptionalDate(value: string | Date | null): Date | null {
  return value === null ? null : toDate(value);
}
