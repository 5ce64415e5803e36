/**
 * Raw SQL, for the hot statements only (docs/decisions.md, "MikroORM where it serves"): the
 * ordinary stores read and write entities through the EntityManager and QueryBuilder.
 */
import { createHash } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/postgresql';
import { checkedByFirstRow, checkedRow, type CheckOnlyShape, type RowShape } from './rows.js';
import { asUnavailableWhenDisconnected } from './sql-errors.js';

/** What may be bound to a `?` placeholder. */
export type SqlValue = string | number | boolean | null | Date | Buffer;

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
 * Returns the rows as the driver hands them over; `query` checks them against their shape.
 */
export async function rawRows(
  orm: MikroORM,
  sql: string,
  bindings: readonly SqlValue[] = [],
  options: QueryOptions = {},
): Promise<Record<string, unknown>[]> {
  const em = orm.em.getContext(false);
  const statement = em.getKnex().raw(sql, bindings);
  // knex hands `options` to the driver's query config; pg prepares a statement that has a name.
  if (options.prepared) statement.options({ name: statementName(sql) });
  const transaction = em.getTransactionContext();
  if (transaction) statement.transacting(transaction);
  try {
    const result = (await statement) as { rows: Record<string, unknown>[] };
    return result.rows;
  } catch (error) {
    throw asUnavailableWhenDisconnected(error);
  }
}

/** A statement whose rows are not read (or that returns none). */
export async function execute(orm: MikroORM, sql: string, bindings: readonly SqlValue[] = []): Promise<void> {
  await rawRows(orm, sql, bindings);
}

/** The statement's rows, each checked against `shape` (see rows.ts): an unexpected one fails loudly. */
export async function query<Row>(
  orm: MikroORM,
  shape: RowShape<Row>,
  sql: string,
  bindings: readonly SqlValue[] = [],
): Promise<Row[]> {
  return (await rawRows(orm, sql, bindings)).map((row) => checkedRow(shape, row, sql));
}

export async function queryOne<Row>(
  orm: MikroORM,
  shape: RowShape<Row>,
  sql: string,
  bindings: readonly SqlValue[] = [],
): Promise<Row | null> {
  const [row] = await rawRows(orm, sql, bindings);
  return row === undefined ? null : checkedRow(shape, row, sql);
}

/** A hot read: a prepared statement, its result checked on its first row (checkedByFirstRow). */
export async function queryPrepared<Row>(
  orm: MikroORM,
  shape: CheckOnlyShape<Row>,
  statement: Statement,
): Promise<Row[]> {
  const rows = await rawRows(orm, statement.sql, statement.bindings, { prepared: true });
  return checkedByFirstRow(shape, rows, statement.sql);
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
