import { type Logger } from 'pino';

/**
 * A place where a process does a library's job itself, for speed. Each process lists its own in
 * its `fast-paths/index.ts`; `CODEXK8S_FAST_PATHS=false` leaves every one of them off, so the
 * libraries' own behaviour serves. What each costs and saves is measured in docs/decisions.md
 * ("Fast paths"), not here.
 */
export interface FastPath<Name extends string = string> {
  name: Name;
  /** One line: the library behaviour it replaces, and why. */
  replaces: string;
  /**
   * For process-wide replacements (a library patched, a shared function switched): puts it in
   * place. Replacements chosen while wiring have none; the composition root asks `has(name)`.
   */
  install?: () => void;
}

/**
 * Installs the process's fast paths when `enabled` (CODEXK8S_FAST_PATHS), logs which ones serve,
 * and returns their names for the wiring to ask. Off, nothing is installed and the set is empty.
 */
export function enableFastPaths<Name extends string>(
  paths: readonly FastPath<Name>[],
  enabled: boolean,
  logger: Pick<Logger, 'info' | 'warn'>,
): ReadonlySet<Name> {
  const names = paths.map((path) => path.name);
  if (!enabled) {
    logger.warn(
      { fastPathsOff: names },
      "fast paths off (CODEXK8S_FAST_PATHS=false): the libraries' own behaviour serves",
    );
    return new Set();
  }
  for (const path of paths) path.install?.();
  logger.info({ fastPaths: names }, 'fast paths on');
  return new Set(names);
}
