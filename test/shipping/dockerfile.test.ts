/**
 * The Dockerfile builds the same dist/ the tests use (`npm run build`), ships production
 * dependencies only, runs as a non-root user, and its entrypoints run the start:* scripts' modules with
 * node itself as PID 1 — modules that import nothing from devDependencies (the runtime image would
 * not have it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/processes.js';
import { scriptRunBy } from './helpers/entrypoints.js';

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  base: string;
  name: string | undefined;
  instructions: Instruction[];
}

/** Dockerfile → stages of instructions (comments dropped, `\` continuations joined). */
function parseDockerfile(text: string): Stage[] {
  const logical = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      stages.push({ base: match?.[1] ?? args, name: match?.[2], instructions: [] });
    } else if (stages.length > 0) {
      stages[stages.length - 1]?.instructions.push({ keyword: keyword.toUpperCase(), args });
    }
  }
  return stages;
}

const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const stages = parseDockerfile(readFileSync(path.join(projectRoot, 'Dockerfile'), 'utf8'));
const buildStage = stages[0] as Stage;
const runtimeStage = stages[stages.length - 1] as Stage;
const runs = (stage: Stage) =>
  stage.instructions.filter((entry) => entry.keyword === 'RUN').map((entry) => entry.args);

/** The scripts whose modules containers run (Dockerfile CMD, compose, Kubernetes). */
const containerScripts = ['start:edge', 'start:control-plane', 'migrate'];

describe('Dockerfile', () => {
  it('builds dist/ with all dependencies and `npm run build`, like the tests', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const buildRuns = runs(buildStage);
    const install = buildRuns.findIndex(
      (command) => /^npm ci(\s|$)/.test(command) && !command.includes('--omit'),
    );
    const build = buildRuns.findIndex((command) => command === 'npm run build');
    expect(install, 'npm ci with dev dependencies').toBeGreaterThanOrEqual(0);
    expect(build, 'npm run build after npm ci').toBeGreaterThan(install);
    // the same build script `npm test` runs first, producing the entrypoints the test harness starts
    expect(packageJson.scripts.test).toMatch(/(^|&& )npm run build && vitest run$/);
  });

  it('ships production dependencies and the built dist/ only, as a non-root user', () => {
    expect(runtimeStage.base).toBe(buildStage.base);
    expect(runs(runtimeStage).some((command) => /^npm ci --omit=dev(\s|$)/.test(command))).toBe(true);
    const copies = runtimeStage.instructions
      .filter((entry) => entry.keyword === 'COPY')
      .map((entry) => entry.args);
    expect(copies).toContain(`--from=${buildStage.name} /app/dist ./dist`);
    // nothing but the manifests and dist/ comes into the runtime stage (no sources, no node_modules)
    expect(copies.filter((args) => !args.startsWith('--from=')).join(' | ')).toBe(
      'package.json package-lock.json ./',
    );
    const user = runtimeStage.instructions.filter((entry) => entry.keyword === 'USER').pop()?.args ?? 'root';
    const uid = user.split(':')[0] ?? '';
    expect(uid, 'numeric uid, so runAsNonRoot can verify it').toMatch(/^\d+$/);
    expect(Number(uid)).toBeGreaterThan(0);
    expect(
      runtimeStage.instructions.some(
        (entry) => entry.keyword === 'ENV' && entry.args.includes('NODE_ENV=production'),
      ),
    ).toBe(true);
  });

  it('defaults to the edge, node itself as PID 1 on the start:edge module, with a health check on its readiness endpoint', () => {
    const cmd = runtimeStage.instructions.filter((entry) => entry.keyword === 'CMD').pop();
    // exec form (a JSON array): the shell form would make `sh -c` PID 1
    const command = JSON.parse(cmd?.args ?? 'null') as string[];
    expect(command[0], 'node is PID 1, not npm or a shell').toBe('node');
    expect(scriptRunBy(command)).toBe('start:edge');
    expect(runtimeStage.instructions.some((entry) => entry.keyword === 'ENTRYPOINT')).toBe(false);
    const healthcheck = runtimeStage.instructions.find((entry) => entry.keyword === 'HEALTHCHECK');
    expect(healthcheck?.args).toContain('127.0.0.1:8080/health/readyz');
  });

  it('keeps local state, secrets and build output out of the build context', () => {
    const ignored = readFileSync(path.join(projectRoot, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    for (const entry of ['node_modules', 'dist', '.data', '.env', '.git'])
      expect(ignored, entry).toContain(entry);
  });
});

describe('container entrypoints', () => {
  it('are the start:* scripts (and migrate), each running a built module with plain node', () => {
    for (const script of containerScripts) {
      const command = packageJson.scripts[script] ?? '';
      const match = /^node (dist\/\S+\.js)$/.exec(command);
      expect(match, `${script}: "${command}"`).not.toBeNull();
      expect(
        existsSync(path.join(projectRoot, match?.[1] ?? '')),
        `${script}: ${match?.[1]} is built by npm run build`,
      ).toBe(true);
    }
    // the test harness starts the very same files
    expect(packageJson.scripts['start:edge']).toBe('node dist/src/edge/main.js');
    expect(packageJson.scripts['start:control-plane']).toBe('node dist/src/control-plane/main.js');
  });

  it('import only production dependencies (the runtime image has no devDependencies)', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const seen = new Set<string>();
    const packages = new Map<string, string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      const specifiers = [
        ...source.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gm),
        ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
        ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
      ].map((match) => match[1] as string);
      for (const specifier of specifiers) {
        if (specifier.startsWith('.')) {
          const target = path.resolve(path.dirname(file), specifier);
          if (existsSync(target) && target.endsWith('.js')) visit(target);
          continue;
        }
        if (builtins.has(specifier) || builtins.has(specifier.split('/')[0] ?? '')) continue;
        const parts = specifier.split('/');
        const name = specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] as string);
        packages.set(name, path.relative(projectRoot, file));
      }
    };
    for (const script of containerScripts) {
      const entry = /^node (\S+)$/.exec(packageJson.scripts[script] ?? '')?.[1];
      if (entry) visit(path.join(projectRoot, entry));
    }
    expect(seen.size).toBeGreaterThan(10);
    // the scan sees the real imports (a scanner that finds nothing would pass vacuously)
    expect([...packages.keys()]).toEqual(
      expect.arrayContaining(['@grpc/grpc-js', 'express', '@mikro-orm/core', 'pino']),
    );
    const notProduction = [...packages]
      .filter(([name]) => !(name in packageJson.dependencies))
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(notProduction).toEqual([]);
  });
});
