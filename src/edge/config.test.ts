import { describe, expect, it } from 'vitest';
import { parseConfig } from '../shared/config/load-config.js';
import { edgeConfigSchema } from './config.js';

const required = {
  CODEXK8S_INTERNAL_TOKEN: 'internal-token-0123456789',
  CODEXK8S_PUBLIC_BASE_URL: 'https://codex.example.com',
  CODEXK8S_GITHUB_WEBHOOK_SECRET: 'webhook-secret',
  CODEXK8S_JWT_SIGNING_KEY: 'k'.repeat(32),
  CODEXK8S_GITHUB_OAUTH_CLIENT_ID: 'client',
  CODEXK8S_GITHUB_OAUTH_CLIENT_SECRET: 'secret',
};

describe('edge configuration: SPEC §15 limits', () => {
  it('bounds tRPC bodies at 1 MiB and serves /metrics on the public listener by default', () => {
    const config = parseConfig(edgeConfigSchema, required);
    expect(config.CODEXK8S_TRPC_MAX_BODY_BYTES).toBe(1_048_576);
    expect(config.CODEXK8S_METRICS_ADDR).toBeUndefined();
    expect(
      parseConfig(edgeConfigSchema, { ...required, CODEXK8S_METRICS_ADDR: '' }).CODEXK8S_METRICS_ADDR,
    ).toBe(undefined);
  });

  it('takes a body limit and a metrics listen address', () => {
    const config = parseConfig(edgeConfigSchema, {
      ...required,
      CODEXK8S_TRPC_MAX_BODY_BYTES: '65536',
      CODEXK8S_METRICS_ADDR: ':9464',
    });
    expect(config.CODEXK8S_TRPC_MAX_BODY_BYTES).toBe(65_536);
    expect(config.CODEXK8S_METRICS_ADDR).toEqual({ host: '0.0.0.0', port: 9464 });
  });

  it.each([
    ['CODEXK8S_TRPC_MAX_BODY_BYTES', '1mb', /CODEXK8S_TRPC_MAX_BODY_BYTES: expected a positive integer/],
    ['CODEXK8S_TRPC_MAX_BODY_BYTES', '0', /CODEXK8S_TRPC_MAX_BODY_BYTES: expected a positive integer/],
    ['CODEXK8S_METRICS_ADDR', 'metrics', /CODEXK8S_METRICS_ADDR: expected host:port/],
    [
      'CODEXK8S_METRICS_ADDR',
      ':8080',
      /CODEXK8S_METRICS_ADDR: must use another port than CODEXK8S_HTTP_ADDR/,
    ],
  ])('refuses %s=%s, naming the variable', (name, value, message) => {
    expect(() => parseConfig(edgeConfigSchema, { ...required, [name]: value })).toThrow(message);
  });
});

describe('CODEXK8S_FAST_PATHS', () => {
  it('is on by default, off with false, and refuses anything else naming the variable', () => {
    expect(parseConfig(edgeConfigSchema, required).CODEXK8S_FAST_PATHS).toBe(true);
    expect(
      parseConfig(edgeConfigSchema, { ...required, CODEXK8S_FAST_PATHS: 'false' }).CODEXK8S_FAST_PATHS,
    ).toBe(false);
    expect(() => parseConfig(edgeConfigSchema, { ...required, CODEXK8S_FAST_PATHS: 'fast' })).toThrow(
      /CODEXK8S_FAST_PATHS: expected true or false/,
    );
  });
});
