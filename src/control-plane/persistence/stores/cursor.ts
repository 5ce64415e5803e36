import { invalidArgument } from '../../domain/errors.js';

/**
 * Opaque keyset cursors: base64url of a JSON array `[kind, ...key]`. The kind ties a cursor to the
 * list that issued it, so one list's cursor handed to another is refused instead of misread.
 */
export function encodeCursor(kind: string, key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([kind, ...key])).toString('base64url');
}

/** The key of a cursor of this kind and arity; null for "first page"; invalid_argument otherwise. */
export function decodeCursor(
  kind: string,
  cursor: string,
  types: readonly ('string' | 'number')[],
): (string | number)[] | null {
  if (!cursor) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidArgument('cursor: not a cursor of this list');
  }
  if (!Array.isArray(decoded) || decoded[0] !== kind || decoded.length !== types.length + 1) {
    throw invalidArgument('cursor: not a cursor of this list');
  }
  const key = decoded.slice(1) as unknown[];
  key.forEach((value, index) => {
    if (typeof value !== types[index] || (typeof value === 'string' && value.length > 400))
      throw invalidArgument('cursor: not a cursor of this list');
  });
  return key as (string | number)[];
}

/** Splits the `limit + 1` rows a store fetched into the page and the cursor of the next one. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  cursorOf: (row: Row) => string,
): { items: Item[]; nextCursor: string } {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(toItem), nextCursor: hasMore && last !== undefined ? cursorOf(last) : '' };
}
