import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server the benchmarks create their databases on (BENCH_DATABASE_ADMIN_URL). */
export const benchAdminUrl =
  process.env['BENCH_DATABASE_ADMIN_URL'] ??
  process.env['TEST_DATABASE_ADMIN_URL'] ??
  'postgres://postgres@127.0.0.1:5432/postgres';
/** BENCH_KEEP_DATABASE=true leaves the benchmark's database in place for a look afterwards. */
export const keepBenchDatabase = process.env['BENCH_KEEP_DATABASE'] === 'true';
/**
 * BENCH_FAST_PATHS=false starts the processes under benchmark with CODEXK8S_FAST_PATHS=false: the
 * libraries' own behaviour instead of the fast paths, to measure what those save.
 */
export const benchFastPaths = process.env['BENCH_FAST_PATHS'] !== 'false';
/** How a benchmark names the setting in its output. */
export const benchFastPathsLabel = `fast paths ${benchFastPaths ? 'on' : 'off'} (BENCH_FAST_PATHS)`;

export interface BenchDatabase {
  name: string;
  url: string;
  /** Drops the database (connections included). */
  drop(): Promise<void>;
}

/** A fresh database `<prefix>_<random>` on the server of `adminUrl`. */
export async function createBenchDatabase(
  adminUrl: string,
  prefix = 'codexk8s_bench',
): Promise<BenchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const run = async (sql: string) => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await run(`create database "${name}"`);
  return {
    name,
    url: Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString(),
    drop: () => run(`drop database if exists "${name}" with (force)`),
  };
}

export interface BenchPlatformSettings {
  logLevel: string;
  controlPlaneNodeOptions: string;
  edgeNodeOptions: string;
  databaseUrl: string;
  grpcPort: number;
  /** The control-plane's health and metrics port. */
  httpPort: number;
  edgePort: number;
  /** Generated when not given. */
  webhookSecret?: string;
  /** NODE_ENV=production, as deployed (default true). */
  production?: boolean;
}

/**
 * The environments of a control-plane and an edge under benchmark on loopback, sharing fresh
 * secrets, before each benchmark's own settings; the edge has a GitHub OAuth app, so no dev sign-in.
 */
export function benchPlatformEnv(settings: BenchPlatformSettings): {
  controlPlane: Record<string, string>;
  edge: Record<string, string>;
  webhookSecret: string;
  jwtKey: string;
} {
  const internalToken = randomBytes(24).toString('hex');
  const webhookSecret = settings.webhookSecret ?? randomBytes(16).toString('hex');
  const jwtKey = randomBytes(32).toString('hex');
  const shared = {
    LOG_LEVEL: settings.logLevel,
    ...(settings.production === false ? {} : { NODE_ENV: 'production' }),
    CODEXK8S_INTERNAL_TOKEN: internalToken,
    CODEXK8S_PUBLIC_BASE_URL: `http://127.0.0.1:${settings.edgePort}`,
    CODEXK8S_GITHUB_WEBHOOK_SECRET: webhookSecret,
    CODEXK8S_FAST_PATHS: String(benchFastPaths),
  };
  return {
    controlPlane: {
      ...shared,
      NODE_OPTIONS: settings.controlPlaneNodeOptions,
      DATABASE_URL: settings.databaseUrl,
      CODEXK8S_CONTROL_PLANE_GRPC_ADDR: `127.0.0.1:${settings.grpcPort}`,
      CODEXK8S_CONTROL_PLANE_HTTP_ADDR: `127.0.0.1:${settings.httpPort}`,
      CODEXK8S_BOOTSTRAP_OWNER_EMAIL: 'owner@example.com',
      CODEXK8S_TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    },
    edge: {
      ...shared,
      NODE_OPTIONS: settings.edgeNodeOptions,
      CODEXK8S_CONTROL_PLANE_GRPC_TARGET: `127.0.0.1:${settings.grpcPort}`,
      CODEXK8S_HTTP_ADDR: `127.0.0.1:${settings.edgePort}`,
      CODEXK8S_JWT_SIGNING_KEY: jwtKey,
      CODEXK8S_GITHUB_OAUTH_CLIENT_ID: 'bench',
      CODEXK8S_GITHUB_OAUTH_CLIENT_SECRET: 'bench',
    },
    webhookSecret,
    jwtKey,
  };
}

/** Prints the checks and exits 0 when all passed, 1 otherwise (or when `main` failed). */
export function runBench(main: () => Promise<[string, boolean][]>): void {
  main().then(
    (checks) => {
      console.log('checks:');
      for (const [name, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
      process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
    },
    (error: unknown) => {
      console.error(
        `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      process.exit(1);
    },
  );
}
