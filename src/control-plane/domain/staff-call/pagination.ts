import { invalidArgument } from '../errors.js';

/** SPEC §6: lists take `limit ≤ 200 (default 50)`; the proto sends 0 for "not given". */
export const defaultPageLimit = 50;
export const maxPageLimit = 200;

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

export function normalizePageLimit(limit: number | undefined): number {
  if (limit === undefined || limit === 0) return defaultPageLimit;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageLimit)
    throw invalidArgument(`limit: must be between 1 and ${maxPageLimit}`);
  return limit;
}

export function pageRequest(limit: number | undefined, cursor: string | undefined): PageRequest {
  return { limit: normalizePageLimit(limit), cursor: cursor ?? '' };
}
