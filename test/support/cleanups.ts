import { afterEach } from 'vitest';

export type Defer = (cleanup: () => unknown) => void;

/**
 * For tests that start things one by one: each registered cleanup runs after the test (passed or
 * failed), newest first, so a process stops before the database it used is dropped.
 */
export function cleanupAfterEach(): Defer {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return (cleanup) => {
    cleanups.push(cleanup);
  };
}
