import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, configProblems, parseConfig } from './load-config.js';

const schema = z.object({
  A_PORT: z.coerce.number().int().positive('expected a positive integer'),
  A_SECRET: z.string({ error: 'is required' }).min(8, 'must be at least 8 characters'),
  A_FLAG: z.enum(['true', 'false'], { error: 'expected true or false' }).default('false'),
});

describe('configuration errors', () => {
  it('lists every bad setting, one line each naming its variable, never echoing the value', () => {
    const env = { A_PORT: '-1', A_SECRET: 'hunter2', A_FLAG: 'maybe' };
    expect(configProblems(schema, env)).toEqual([
      'invalid configuration: A_PORT: expected a positive integer',
      'invalid configuration: A_SECRET: must be at least 8 characters',
      'invalid configuration: A_FLAG: expected true or false',
    ]);
    let thrown: unknown;
    try {
      parseConfig(schema, env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).problems).toHaveLength(3);
    expect((thrown as Error).message).not.toContain('hunter2');
    expect(configProblems(schema, { A_PORT: '80', A_SECRET: 'long enough' })).toEqual([]);
  });
});
