/**
 * The README says Node.js 20: every package `npm ci` installs must accept it, or `npm install`
 * warns EBADENGINE (issue 21: `content-type@3`, which `@octokit/request` pulled in, wants Node 22;
 * package.json `overrides` keeps it at 2.x there). Read from package-lock.json, which records each
 * package's `engines` as published: exactly the tree `npm ci` installs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/processes.js';

// npm's own version-range library (a dependency of the toolchain); untyped here, so its two calls are declared.
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean;
};

interface LockFile {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
}

/** The first Node 20 the toolchain supports (vite and rolldown need 20.19). */
const node20 = '20.19.0';

describe('dependencies and the Node version of the README', () => {
  it(`every locked package's engines.node accepts Node ${node20}`, () => {
    const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as LockFile;
    const ranges = Object.entries(lock.packages).flatMap(([name, entry]) => {
      const engines = entry.engines;
      const node = engines && !Array.isArray(engines) ? engines.node : undefined;
      return node ? [{ name: name || 'codex-k8s', version: entry.version, node }] : [];
    });
    expect(ranges.length).toBeGreaterThan(100);
    const refusing = ranges.filter((entry) => !semver.satisfies(node20, entry.node));
    expect(refusing).toEqual([]);
  });

  it('the README and package.json name Node 20', () => {
    const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    expect(semver.satisfies(node20, manifest.engines.node)).toBe(true);
    expect(readFileSync(path.join(projectRoot, 'README.md'), 'utf8')).toMatch(/Node(?:\.js)? 20/);
  });
});
