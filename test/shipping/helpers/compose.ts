/**
 * Just enough of Docker Compose's own behaviour for the tests: `.env` parsing and `${...}`
 * interpolation (`${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `$$`).
 */

/** Parses a dotenv file the way compose does for `env_file` and interpolation (KEY=VALUE, # comments). */
export function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) throw new Error(`not a KEY=VALUE line: ${line}`);
    let value = match[2] ?? '';
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    values[match[1] as string] = value;
  }
  return values;
}

export class InterpolationError extends Error {}

export function interpolate(text: string, variables: Record<string, string | undefined>): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, braced, operator, argument, bare) => {
      if (whole === '$$') return '$';
      const name = (braced ?? bare) as string;
      const value = variables[name];
      const unsetOrEmpty = value === undefined || value === '';
      switch (operator as string | undefined) {
        case ':-':
          return unsetOrEmpty ? (argument as string) : (value as string);
        case '-':
          return value === undefined ? (argument as string) : value;
        case ':?':
          if (unsetOrEmpty) throw new InterpolationError(`${name}: ${argument as string}`);
          return value as string;
        case '?':
          if (value === undefined) throw new InterpolationError(`${name}: ${argument as string}`);
          return value;
        default:
          return value ?? '';
      }
    },
  );
}

/** Interpolates every string in a parsed compose document. */
export function interpolateDocument<T>(document: T, variables: Record<string, string | undefined>): T {
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') return interpolate(value, variables);
    if (Array.isArray(value)) return value.map(visit);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, visit(item)]),
      );
    }
    return value;
  };
  return visit(document) as T;
}

export interface ComposeService {
  image?: string;
  build?: string | { context: string };
  command?: string[] | string;
  init?: boolean;
  env_file?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test: string[] | string; interval?: string };
  restart?: string;
  ports?: string[];
  volumes?: string[];
  read_only?: boolean;
  cap_drop?: string[];
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/** The environment a service's container gets: env_file entries, then `environment` (which wins). */
export function serviceEnv(
  service: ComposeService,
  envFiles: Record<string, Record<string, string>>,
): Record<string, string> {
  const env: Record<string, string> = {};
  const files =
    service.env_file === undefined
      ? []
      : Array.isArray(service.env_file)
        ? service.env_file
        : [service.env_file];
  for (const file of files) {
    const values = envFiles[file];
    if (!values) throw new Error(`env_file ${file} not provided`);
    Object.assign(env, values);
  }
  const environment = service.environment ?? {};
  const entries = Array.isArray(environment)
    ? environment.map((entry) => {
        const index = entry.indexOf('=');
        return [entry.slice(0, index), entry.slice(index + 1)] as const;
      })
    : Object.entries(environment).map(([key, value]) => [key, value === null ? '' : String(value)] as const);
  for (const [key, value] of entries) env[key] = value;
  return env;
}
