import { describe, expect, it } from 'vitest';
import { enableFastPaths, type FastPath } from './fast-path.js';

function recorder() {
  const installed: string[] = [];
  const lines: Array<{ level: string; fields: object; message: string }> = [];
  const logger = {
    info: (fields: object, message: string) => void lines.push({ level: 'info', fields, message }),
    warn: (fields: object, message: string) => void lines.push({ level: 'warn', fields, message }),
  };
  const paths: FastPath<'patched' | 'wired'>[] = [
    {
      name: 'patched',
      replaces: 'a library call, because it is slow',
      install: () => installed.push('patched'),
    },
    { name: 'wired', replaces: 'a library route, because it is slow' },
  ];
  return { installed, lines, logger: logger as Parameters<typeof enableFastPaths>[2], paths };
}

describe('enableFastPaths', () => {
  it('installs every fast path and names them all when on', () => {
    const { installed, lines, logger, paths } = recorder();
    const enabled = enableFastPaths(paths, true, logger);
    expect(installed).toEqual(['patched']);
    expect([...enabled]).toEqual(['patched', 'wired']);
    expect(lines).toEqual([
      { level: 'info', fields: { fastPaths: ['patched', 'wired'] }, message: 'fast paths on' },
    ]);
  });

  it('installs none, enables none and warns, naming them, when off', () => {
    const { installed, lines, logger, paths } = recorder();
    const enabled = enableFastPaths(paths, false, logger);
    expect(installed).toEqual([]);
    expect(enabled.size).toBe(0);
    expect(lines).toEqual([
      {
        level: 'warn',
        fields: { fastPathsOff: ['patched', 'wired'] },
        message: "fast paths off (CODEXK8S_FAST_PATHS=false): the libraries' own behaviour serves",
      },
    ]);
  });
});
