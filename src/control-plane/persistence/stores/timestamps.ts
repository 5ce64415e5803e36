/** Milliseconds since the epoch of PostgreSQL's text of a timestamptz, NaN for a shape it does not read. */
export type PostgresTimestampParser = (text: string) => number;

/** The general path: PostgreSQL's text made ISO-8601 for `Date` (any offset, years past 9999, BC). */
function millisByDate(text: string): number {
  return new Date(text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')).getTime();
}

let parseMillis: PostgresTimestampParser = millisByDate;

/** Switches the parser of the common shape (the control-plane's fast paths install a faster one). */
export function usePostgresTimestampParser(parser: PostgresTimestampParser = millisByDate): void {
  parseMillis = parser;
}

/**
 * MikroORM's connection hands timestamps over as PostgreSQL text (`2026-11-27 10:55:08.162345+00`);
 * this turns them into Dates (millisecond precision is what the API shows).
 */
export function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  let millis = parseMillis(value);
  // A shape the installed parser does not read: the general path.
  if (Number.isNaN(millis)) millis = millisByDate(value);
  if (Number.isNaN(millis)) throw new Error(`unparseable timestamp from the database: ${value}`);
  return new Date(millis);
}

export function toOptionalDate(value: string | Date | null): Date | null {
  return value === null ? null : toDate(value);
}
