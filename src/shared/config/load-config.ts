import { type z } from 'zod';

/** Thrown by {@link parseConfig}; the message is the one line an operator needs. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Validates the environment against a process's schema. The first problem becomes one line
 * naming the variable and what is wrong (the value itself is never echoed: it may be a secret).
 */
export function parseConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = issue?.path.map(String).join('.') || 'environment';
  const message = issue?.message ?? 'invalid';
  throw new ConfigError(`invalid configuration: ${variable}: ${message}`);
}

/** Parses the environment or stops the process with one line on stderr (exit code 78, EX_CONFIG). */
export function loadConfigOrExit<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.output<S> {
  try {
    return parseConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}
