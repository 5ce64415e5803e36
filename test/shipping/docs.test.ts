/**
 * The README documents every configuration variable and the commands it tells people to run;
 * docs/dependencies.md catalogues every package the project installs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/processes.js';
import { processSchemas, variablesOf } from './helpers/config.js';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const catalogue = readFileSync(path.join(projectRoot, 'docs', 'dependencies.md'), 'utf8');
const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('README', () => {
  it('has a configuration table row for every variable of both processes', () => {
    const rows = new Set([...readme.matchAll(/^\| `([A-Z_][A-Z0-9_]*)` *\|/gm)].map((match) => match[1]));
    const variables = [...new Set(Object.values(processSchemas).flatMap((schema) => variablesOf(schema)))];
    expect(variables.filter((variable) => !rows.has(variable))).toEqual([]);
  });

  it('names only npm scripts that exist', () => {
    const named = new Set(
      [...readme.matchAll(/npm run (?:--silent |-s )?([\w:-]+)/g)].map((match) => match[1] as string),
    );
    expect(named.size).toBeGreaterThan(0);
    expect([...named].filter((script) => !(script in packageJson.scripts))).toEqual([]);
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});

describe('docs/dependencies.md', () => {
  it('catalogues every package in package.json', () => {
    const listed = new Set(
      [...catalogue.matchAll(/`(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)?)`/g)].map((match) => match[1]),
    );
    const packages = [...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.devDependencies)];
    expect(packages.filter((name) => !listed.has(name))).toEqual([]);
  });
});
