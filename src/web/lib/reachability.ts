import { useSyncExternalStore } from 'react';
import { apiErrorCode } from './errors';

/**
 * Whether the platform's back-end answers, as the console last saw it. A query failing with
 * SERVICE_UNAVAILABLE (the edge answered, the control-plane did not) or without any answer at all
 * (NETWORK) marks it unreachable; the next answer that came from the control-plane marks it back.
 * While it is unreachable the pages keep what they last loaded, and the layout says it is stale.
 */
let unreachable = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (value === unreachable) return;
  unreachable = value;
  for (const listener of listeners) listener();
}

export function markUnreachable(): void {
  set(true);
}

export function markReachable(): void {
  set(false);
}

export function isUnreachableError(error: unknown): boolean {
  const code = apiErrorCode(error);
  return code === 'SERVICE_UNAVAILABLE' || code === 'NETWORK';
}

/** Queries whose success says nothing about the control-plane (auth.me answers from the session while it is down). */
export function answersWithoutControlPlane(queryKey: readonly unknown[]): boolean {
  const path = queryKey[0];
  if (!Array.isArray(path)) return false;
  const name = path.join('.');
  return name === 'auth.me' || name === 'system.status' || name === 'system.signInOptions';
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useControlPlaneUnreachable(): boolean {
  return useSyncExternalStore(subscribe, () => unreachable);
}
