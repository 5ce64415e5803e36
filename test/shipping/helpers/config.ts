/** The processes' own config schemas, as the shipping tests use them. */
import { randomBytes } from 'node:crypto';
import { type z } from 'zod';
import { controlPlaneConfigSchema } from '../../../src/control-plane/config.js';
import { edgeConfigSchema } from '../../../src/edge/config.js';
import { parseConfig } from '../../../src/shared/config/load-config.js';

export const processSchemas = {
  edge: edgeConfigSchema,
  'control-plane': controlPlaneConfigSchema,
} as const;

export type ProcessName = keyof typeof processSchemas;

/** Entry script (`npm run <script>`) → process. */
export const processOfScript: Record<string, ProcessName> = {
  'start:edge': 'edge',
  'start:control-plane': 'control-plane',
};

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

export function variablesOf(schema: ObjectSchema): string[] {
  return Object.keys(schema.shape);
}

/** Variables without a default: start-up stops when they are missing. */
export function requiredVariables(schema: ObjectSchema): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([name]) => name);
}

/** The value a field takes when the variable is unset (its documented default). */
export function defaultOf(schema: ObjectSchema, name: string): unknown {
  const field = schema.shape[name] as z.ZodType | undefined;
  const result = field?.safeParse(undefined);
  return result?.success ? result.data : undefined;
}

export function parsedValueOf(
  schema: ObjectSchema,
  name: string,
  value: string,
): { ok: boolean; value?: unknown } {
  const field = schema.shape[name] as z.ZodType | undefined;
  const result = field?.safeParse(value);
  return result?.success ? { ok: true, value: result.data } : { ok: false };
}

/** Parses like the process does; returns the one-line error or undefined when the env is accepted. */
export function configError(process: ProcessName, env: Record<string, string>): string | undefined {
  try {
    parseConfig(processSchemas[process], env);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * What an operator puts where a template leaves a placeholder (Secret values, empty `.env` entries):
 * a well-formed value for that variable, freshly generated.
 */
export function operatorValue(name: string, template = ''): string {
  if (name === 'CODEXK8S_TOKEN_ENCRYPTION_KEY') return randomBytes(32).toString('base64');
  if (name === 'DATABASE_URL' && template.startsWith('postgres'))
    return template.replace(/REPLACE_ME/g, 'operator-password');
  if (name === 'DATABASE_URL') return 'postgres://codexk8s:operator-password@postgres:5432/codexk8s';
  if (name === 'CODEXK8S_BOOTSTRAP_OWNER_EMAIL') return 'owner@example.com';
  if (name === 'CODEXK8S_PUBLIC_BASE_URL') return 'https://codex.example.com';
  return randomBytes(32).toString('hex');
}
