import { createRequire } from 'node:module';
import path from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const ruleSet = require(path.join(root, '.dependency-cruiser.cjs')) as IConfiguration;

async function violationsOf(paths: string[]): Promise<Array<{ rule: string; from: string; to: string }>> {
  const previous = process.cwd();
  process.chdir(root);
  try {
    const { options, ...rules } = ruleSet;
    const result = await cruise(paths, { ...options, ruleSet: rules, validate: true });
    const output = result.output as ICruiseResult;
    return output.summary.violations.map((violation) => ({
      rule: violation.rule.name,
      from: violation.from,
      to: violation.to,
    }));
  } finally {
    process.chdir(previous);
  }
}

describe('architecture boundaries (dependency-cruiser)', () => {
  it('src/ and migrations/ respect every boundary', async () => {
    const violations = await violationsOf(['src', 'migrations']);
    expect(violations).toEqual([]);
  }, 120_000);

  it('a forbidden import in the fixture is caught, by the right rule', async () => {
    const violations = await violationsOf(['test/fixtures/boundaries']);
    const byFile = (file: string) =>
      violations.filter((violation) => violation.from.endsWith(file)).map((violation) => violation.rule);
    expect(byFile('src/edge/imports-orm.ts')).toContain('edge-no-database');
    expect(byFile('src/edge/imports-orm.ts')).toContain('mikro-orm-only-in-persistence');
    expect(byFile('src/edge/imports-control-plane.ts')).toContain('edge-not-to-control-plane');
    expect(byFile('src/control-plane/domain/imports-grpc.ts')).toContain('domain-sees-ports-only');
    expect(byFile('src/web/imports-edge-at-runtime.ts')).toContain('web-only-types-from-edge');
    expect(byFile('src/web/imports-edge-type-only.ts')).toEqual([]);
  }, 120_000);

  it('stores and handlers are wired in the composition root alone; the dispatcher sees ports only', async () => {
    const violations = await violationsOf(['test/fixtures/boundaries']);
    const byFile = (file: string) =>
      violations.filter((violation) => violation.from.endsWith(file)).map((violation) => violation.rule);
    expect(byFile('src/control-plane/wires-outside-the-root.ts').sort()).toEqual([
      'grpc-only-from-the-composition-root',
      'persistence-only-from-the-composition-root',
    ]);
    expect(byFile('src/control-plane/app.ts')).toEqual([]);
    expect(byFile('src/control-plane/dispatcher/imports-persistence.ts')).toContain(
      'dispatcher-sees-ports-only',
    );
    expect(byFile('src/control-plane/dispatcher/imports-grpc.ts')).toContain('dispatcher-sees-ports-only');
    expect(byFile('src/control-plane/domain/imports-persistence.ts')).toContain('domain-sees-ports-only');
  }, 120_000);
});
