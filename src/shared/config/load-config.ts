import { type z } from 'zod';

/** Thrown by {@link parseConfig}; its message holds one line per problem, each naming its variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/**
 * Every problem of the environment against a process's schema, one line each naming the variable
 * and what is wrong (the value itself is never echoed: it may be a secret); empty when it is valid.
 */
export function configProblems(schema: z.ZodType, env: NodeJS.ProcessEnv): string[] {
  const result = schema.safeParse(env);
  if (result.success) return [];
  const lines = result.error.issues.map((issue) => {
    const variable = issue.path.map(String).join('.') || 'environment';
    return `invalid configuration: ${variable}: ${issue.message || 'invalid'}`;
  });
  return [...new Set(lines)];
}

/** Validates the environment against a process's schema; every problem is listed, not only the first. */
export function parseConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(configProblems(schema, env));
}

/** Exit code of a configuration error (EX_CONFIG of sysexits.h). */
export const configErrorExitCode = 78;

/** Parses the environment or stops the process with one line per problem on stderr (exit code 78, EX_CONFIG). */
export function loadConfigOrExit<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.output<S> {
  try {
    return parseConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(configErrorExitCode);
    }
    throw error;
  }
}
