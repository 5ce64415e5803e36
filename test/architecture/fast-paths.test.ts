/**
 * The fence around the fast paths (ARCHITECTURE.md "Fast paths", docs/decisions.md): each lives in a
 * fast-paths folder, is listed by the process that uses it, and says in one line what it replaces
 * and why, so CODEXK8S_FAST_PATHS=false reaches every one of them.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { controlPlaneFastPaths } from '../../src/control-plane/fast-paths/index.js';
import { edgeFastPaths } from '../../src/edge/fast-paths/index.js';
import { type FastPath } from '../../src/shared/fast-paths/fast-path.js';
import { projectRoot } from '../support/processes.js';

const folders = ['src/edge/fast-paths', 'src/control-plane/fast-paths', 'src/shared/fast-paths'];
const lists: Record<string, readonly FastPath[]> = {
  edge: edgeFastPaths,
  'control-plane': controlPlaneFastPaths,
};

const isFastPath = (value: unknown): value is FastPath =>
  typeof value === 'object' && value !== null && 'name' in value && 'replaces' in value;

describe('fast paths', () => {
  it.each(Object.entries(lists))(
    'the %s lists each once, saying in one line what it replaces and why',
    (_process, list) => {
      const names = list.map((entry) => entry.name);
      expect(new Set(names).size).toBe(names.length);
      for (const entry of list) {
        expect(entry.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(entry.replaces, entry.name).toMatch(/^[^\n]+, because [^\n]+$/);
      }
    },
  );

  it('every fast path defined in a fast-paths folder is listed by a process', async () => {
    const listed = new Set(Object.values(lists).flat());
    const defined: FastPath[] = [];
    for (const folder of folders) {
      for (const file of readdirSync(path.join(projectRoot, folder))) {
        if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === 'index.ts') continue;
        const module = (await import(path.join(projectRoot, folder, file))) as Record<string, unknown>;
        defined.push(...Object.values(module).filter(isFastPath));
      }
    }
    expect(defined.length).toBeGreaterThanOrEqual(6);
    expect(defined.filter((entry) => !listed.has(entry)).map((entry) => entry.name)).toEqual([]);
  });
});
