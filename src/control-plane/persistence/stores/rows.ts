import { z } from 'zod';
import { toDate } from './timestamps.js';

/** What the rows of a raw statement must look like (a zod schema of the row, its output the typed row). */
export type RowShape<Row> = z.ZodType<Row>;

/** A shape that only checks, converting nothing: the rows it passes are the driver's own objects. */
export type CheckOnlyShape<Row> = z.ZodType<Row, Row>;

/** A bigint as the driver hands it over (text). */
const bigintText = z.string().regex(/^-?\d+$/);

/**
 * Column types as the driver hands them over through MikroORM's connection: bigint as text,
 * timestamps as PostgreSQL's text (MikroORM's connection leaves them unparsed), jsonb parsed.
 */
export const column = {
  text: z.string(),
  boolean: z.boolean(),
  integer: z.number().int(),
  bigintText,
  /** A bigint (the driver's text) as a number; one past 2^53 is refused rather than rounded. */
  bigint: bigintText.transform((text, context) => {
    const value = Number(text);
    if (!Number.isSafeInteger(value))
      context.addIssue({ code: 'custom', message: `${text}: not a safe integer` });
    return value;
  }),
  /** PostgreSQL's text of a timestamptz, kept as text: keyset cursors carry its microseconds. */
  timestampText: z.string(),
  timestamp: z.string().transform((text, context) => {
    try {
      return toDate(text);
    } catch {
      context.addIssue({ code: 'custom', message: `${text}: unparseable timestamp` });
      return z.NEVER;
    }
  }),
  json: z.unknown(),
  /** One of the values a CHECK constraint allows. */
  oneOf: <Value extends string>(values: readonly Value[]) => z.literal(values),
};

/**
 * The rows of one result of a hot read (a prepared statement answering a page), checked on the
 * first. Every row of a result is the same statement's, with the same columns of the same types,
 * so a statement that drifted fails on its first non-empty result, and a page of fifty rows does
 * not pay for fifty checks (docs/decisions.md, issue 16).
 */
export function checkedByFirstRow<Row>(
  shape: CheckOnlyShape<Row>,
  rows: readonly Record<string, unknown>[],
  sql: string,
): Row[] {
  if (rows[0] !== undefined) checkedRow(shape, rows[0], sql);
  return rows as unknown as Row[];
}

/**
 * A row checked against its shape. A row that does not match is a bug (a changed column or
 * statement), so it fails here, naming the statement and the column, instead of travelling on.
 */
export function checkedRow<Row>(shape: RowShape<Row>, row: unknown, sql: string): Row {
  const result = shape.safeParse(row);
  if (result.success) return result.data;
  const statement = sql.trim().replace(/\s+/g, ' ').slice(0, 80);
  throw new Error(`unexpected row from "${statement}…": ${z.prettifyError(result.error)}`);
}
