import { invalidArgument } from '../errors.js';

/** What a list use-case takes: `limit` (0 or absent: the default; the proto sends 0 for "not given") and a cursor. */
export interface PageInput {
  limit?: number;
  /** From the previous page's `nextCursor`; empty or absent: the first page. */
  cursor?: string;
}

export interface PageRequest {
  limit: number;
  /** Opaque; produced by the store that lists, decoded only by it. Empty = first page. */
  cursor: string;
}

export interface Page<T> {
  items: T[];
  /** Empty when there is no next page. */
  nextCursor: string;
}

/** How long a page may be: SPEC §6's lists take `limit ≤ 200 (default 50)`; run logs (§12) allow more. */
export interface PageLimits {
  defaultLimit: number;
  maxLimit: number;
}

export const staffListLimits: PageLimits = { defaultLimit: 50, maxLimit: 200 };

/** The store's page request for `input`; a limit out of range is refused naming it. */
export function pageRequest(input: PageInput, limits: PageLimits = staffListLimits): PageRequest {
  const { limit } = input;
  if (
    limit !== undefined &&
    limit !== 0 &&
    (!Number.isInteger(limit) || limit < 1 || limit > limits.maxLimit)
  )
    throw invalidArgument(`limit: must be between 1 and ${limits.maxLimit}`);
  return { limit: limit || limits.defaultLimit, cursor: input.cursor ?? '' };
}
