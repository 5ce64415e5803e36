/** Values the in-memory fakes share. */
import { type Page, type PageRequest } from '../staff-call/pagination.js';

/** A UUID-shaped id numbered `n` (ids must pass the use-cases' UUID check). */
export const testId = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** When every fixture was created (tests never depend on the clock). */
export const at = new Date('2026-11-01T00:00:00Z');

/** A page of `items` (already ordered): the cursor is the offset of the next item. */
export function pageOf<T>(items: readonly T[], page: PageRequest): Page<T> {
  const offset = page.cursor ? Number(page.cursor) : 0;
  const end = offset + page.limit;
  return { items: items.slice(offset, end), nextCursor: end < items.length ? String(end) : '' };
}
