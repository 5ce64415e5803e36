/**
 * `npm start`: the whole platform on one machine with zero setup.
 *
 * 1. builds (`npm run build`) when dist/ is missing or older than the sources;
 * 2. starts embedded PostgreSQL (PGlite, data in .data/pglite) unless DATABASE_URL is set;
 * 3. runs the control-plane (migrating on start, local run launcher) and then the edge as two
 *    child processes from dist/, exactly as containers run them, with local secrets generated
 *    once into .data/local-secrets.json;
 * 4. prints the URL to open and the owner email for dev sign-in.
 *
 * Ctrl-C (SIGINT) or SIGTERM stops the edge, then the control-plane, then the database, and
 * keeps .data/; the next `npm start` reuses it. While one runs, another on the same folder refuses
 * to start, naming the running one's URL (.data/local-run.json is the lock). Every CODEXK8S_* variable set in the environment
 * overrides the local default.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { controlPlaneConfigSchema } from '../src/control-plane/config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/dev/embedded-postgres.js';
import { edgeConfigSchema } from '../src/edge/config.js';
import { configErrorExitCode, configProblems } from '../src/shared/config/load-config.js';
import { dataDir, loadOrCreateLocalSecrets, projectRoot, runFile } from './local-data.js';
import { acquireRunLock, alreadyRunningMessage, recordRunUrl, releaseRunLock } from './local-run-lock.js';

const defaultOwnerEmail = 'owner@codex-k8s.local';
const defaultEdgePort = 8080;
const readyTimeoutMs = 180_000;
const stopTimeoutMs = 20_000;

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);

function say(message: string): void {
  process.stdout.write(`${paint(35, '[start]')} ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// build

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (child === 'node_modules' || child.endsWith('.test.ts') || child.endsWith('.test.tsx')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

const buildStamp = path.join(projectRoot, 'dist', '.npm-start-build');

/** When dist/ was last fully built: our own stamp, or (after a plain `npm run build`) the outputs' times. */
function builtAt(): number {
  const required = ['dist/src/control-plane/main.js', 'dist/src/edge/main.js', 'dist/web/index.html'];
  if (!required.every((file) => existsSync(path.join(projectRoot, file)))) return 0;
  const outputs = ['dist/.tsbuildinfo', 'dist/web/index.html'].map((file) =>
    newestMtime(path.join(projectRoot, file)),
  );
  return Math.max(newestMtime(buildStamp), Math.min(...outputs));
}

function sourcesChangedAt(): number {
  const sources = [
    'src',
    'migrations',
    'proto',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'vite.config.ts',
  ];
  return Math.max(...sources.map((entry) => newestMtime(path.join(projectRoot, entry))));
}

function ensureBuilt(): void {
  const built = builtAt();
  if (built > 0 && built >= sourcesChangedAt()) return;
  say(
    built === 0
      ? 'no build yet: running npm run build'
      : 'sources changed since the last build: running npm run build',
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  writeFileSync(buildStamp, `${new Date().toISOString()}\n`);
}

// ---------------------------------------------------------------------------------------------
// ports

function tryListen(port: number, host: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, host, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });
}

async function freePort(): Promise<number> {
  const port = await tryListen(0, '127.0.0.1');
  if (port === undefined) throw new Error('no free port on 127.0.0.1');
  return port;
}

// ---------------------------------------------------------------------------------------------
// child processes and their logs

const levelNames: Record<number, [string, number]> = {
  10: ['TRACE', 90],
  20: ['DEBUG', 90],
  30: ['INFO ', 32],
  40: ['WARN ', 33],
  50: ['ERROR', 31],
  60: ['FATAL', 31],
};
const hiddenFields = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'service', 'v']);

/** One pino JSON line → `12:01:02 INFO  message key=value`; anything else is printed as it came. */
function formatLine(line: string): string {
  if (!line.startsWith('{')) return line;
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const [levelName, levelColor] = levelNames[Number(record.level)] ?? ['     ', 0];
  const time =
    typeof record.time === 'string' ? record.time.slice(11, 19) : new Date().toISOString().slice(11, 19);
  const fields = Object.entries(record)
    .filter(([key]) => !hiddenFields.has(key))
    .map(([key, value]) => {
      if (key === 'err' && value && typeof value === 'object') {
        const error = value as { message?: string; stack?: string };
        return `err=${JSON.stringify(error.message ?? '')}${error.stack ? `\n${error.stack}` : ''}`;
      }
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      return `${key}=${text.length > 160 ? `${text.slice(0, 157)}...` : text}`;
    });
  return `${paint(90, time)} ${paint(levelColor, levelName)} ${String(record.msg ?? '')}${fields.length ? ` ${paint(90, fields.join(' '))}` : ''}`;
}

interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  /** Resolves once it exited and its output streams are drained (every line seen). */
  closed: Promise<void>;
  /** It printed EADDRINUSE: a port picked for it was taken before it could bind. */
  addressInUse: () => boolean;
}

function startChild(name: string, entry: string, env: NodeJS.ProcessEnv, prefixColor: number): Child {
  const child = spawn(process.execPath, [path.join(projectRoot, entry)], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a terminal's Ctrl-C reaches only this script, which then stops the
    // children in order (edge first, database last) instead of all of them at once.
    detached: true,
  });
  const prefix = paint(prefixColor, `[${name}]`.padEnd(16));
  let addressInUse = false;
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      if (line.includes('EADDRINUSE')) addressInUse = true;
      process.stdout.write(`${prefix} ${formatLine(line)}\n`);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  say(`${name} started (pid ${child.pid})`);
  return { name, process: child, exited, closed, addressInUse: () => addressInUse };
}

function isRunning(child: Child): boolean {
  return child.process.exitCode === null && child.process.signalCode === null;
}

function signalGroup(child: Child, signal: NodeJS.Signals): void {
  if (child.process.pid === undefined) return;
  try {
    process.kill(-child.process.pid, signal);
  } catch {
    // the group is already gone
  }
}

async function stopChild(child: Child): Promise<void> {
  if (isRunning(child)) {
    child.process.kill('SIGTERM');
    const timer = new Promise<'timeout'>((resolve) =>
      setTimeout(() => resolve('timeout'), stopTimeoutMs).unref(),
    );
    if ((await Promise.race([child.exited, timer])) === 'timeout') {
      say(`${child.name} did not stop within ${stopTimeoutMs / 1000}s: killing it`);
      child.process.kill('SIGKILL');
      await child.exited;
    }
  }
  // whatever it started and left behind (e.g. a local run's shell) goes with it
  signalGroup(child, 'SIGKILL');
}

async function waitReady(url: string, child: Child): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(child))
      throw new Error(`${child.name} exited (code ${child.process.exitCode}) before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${child.name} was not ready at ${url} within ${readyTimeoutMs / 1000}s`);
}

// ---------------------------------------------------------------------------------------------
// main

function hostPort(address: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`CODEXK8S_HTTP_ADDR: expected host:port, got ${address}`);
  return { host: match[1] ?? (match[2] || '0.0.0.0'), port: Number(match[3]) };
}

async function main(): Promise<void> {
  // Before anything touches .data/ or dist/: a second start would open the same embedded database.
  const lock = acquireRunLock(runFile);
  if (!lock.acquired) {
    process.stderr.write(`${paint(31, '[start]')} ${alreadyRunningMessage(lock.holder, runFile)}\n`);
    process.exit(1);
  }

  const children: Child[] = [];
  let database: EmbeddedPostgres | undefined;
  let stopping: Promise<void> | undefined;

  const stopAll = (reason: string, exitCode: number): Promise<void> => {
    stopping ??= (async () => {
      say(`${reason}: stopping (data stays in ${path.relative(process.cwd(), dataDir) || dataDir})`);
      for (const child of [...children].reverse()) await stopChild(child);
      if (database) {
        await database.stop();
        say('embedded PostgreSQL stopped');
      }
      releaseRunLock(runFile);
      say('stopped');
      process.exit(exitCode);
    })();
    return stopping;
  };
  // Repeated signals (a terminal sends SIGINT to npm and this script at once) join the same stop.
  process.on('SIGINT', () => void stopAll('SIGINT', 0));
  process.on('SIGTERM', () => void stopAll('SIGTERM', 0));
  // Last resort if this script dies some other way: never leave the children running.
  process.on('exit', () => {
    for (const child of children) if (isRunning(child)) signalGroup(child, 'SIGKILL');
    releaseRunLock(runFile);
  });

  try {
    ensureBuilt();
    const secrets = loadOrCreateLocalSecrets();

    let databaseUrl = process.env.DATABASE_URL;
    if (databaseUrl) {
      say('using DATABASE_URL from the environment');
    } else {
      say(
        `starting embedded PostgreSQL (PGlite) in ${path.join(path.relative(projectRoot, dataDir), 'pglite')}`,
      );
      database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pglite') });
      databaseUrl = database.url;
      // Concurrent extended-protocol queries on several sockets interleave inside PGlite
      // ("portal does not exist"): one connection serializes them.
      process.env.CODEXK8S_DATABASE_POOL_MAX ??= '1';
    }

    let edgeAddress = process.env.CODEXK8S_HTTP_ADDR;
    if (!edgeAddress) {
      const port = (await tryListen(defaultEdgePort, '127.0.0.1')) ?? (await freePort());
      if (port !== defaultEdgePort) say(`port ${defaultEdgePort} is busy: the edge uses ${port}`);
      edgeAddress = `127.0.0.1:${port}`;
    }
    const edge = hostPort(edgeAddress);
    const browserHost =
      edge.host === '0.0.0.0' || edge.host === '::'
        ? '127.0.0.1'
        : edge.host.includes(':')
          ? `[${edge.host}]`
          : edge.host;
    const edgeUrl = `http://${browserHost}:${edge.port}`;
    const grpcAddress = process.env.CODEXK8S_CONTROL_PLANE_GRPC_ADDR ?? `127.0.0.1:${await freePort()}`;
    const controlPlaneHttpAddress =
      process.env.CODEXK8S_CONTROL_PLANE_HTTP_ADDR ?? `127.0.0.1:${await freePort()}`;
    const controlPlanePortsPicked =
      !process.env.CODEXK8S_CONTROL_PLANE_GRPC_ADDR && !process.env.CODEXK8S_CONTROL_PLANE_HTTP_ADDR;
    const ownerEmail = process.env.CODEXK8S_BOOTSTRAP_OWNER_EMAIL ?? defaultOwnerEmail;

    // Local defaults first, then whatever the environment sets, then what must agree between the two.
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      CODEXK8S_INTERNAL_TOKEN: secrets.internalToken,
      CODEXK8S_JWT_SIGNING_KEY: secrets.jwtSigningKey,
      CODEXK8S_TOKEN_ENCRYPTION_KEY: secrets.tokenEncryptionKey,
      CODEXK8S_GITHUB_WEBHOOK_SECRET: secrets.webhookSecret,
      CODEXK8S_PUBLIC_BASE_URL: edgeUrl,
      CODEXK8S_DEV_LOGIN: 'true',
      CODEXK8S_RUN_LAUNCHER: 'local',
      CODEXK8S_WORKER_POLL_INTERVAL: '1s',
      CODEXK8S_WORKER_JOB_COMMAND: 'echo codex-k8s run && sleep 2',
      ...process.env,
      DATABASE_URL: databaseUrl,
      CODEXK8S_BOOTSTRAP_OWNER_EMAIL: ownerEmail,
      CODEXK8S_MIGRATE_ON_START: 'true',
      CODEXK8S_HTTP_ADDR: edgeAddress,
      CODEXK8S_CONTROL_PLANE_GRPC_ADDR: grpcAddress,
      CODEXK8S_CONTROL_PLANE_HTTP_ADDR: controlPlaneHttpAddress,
      CODEXK8S_CONTROL_PLANE_GRPC_TARGET: grpcAddress
        .replace(/^:/, '127.0.0.1:')
        .replace(/^0\.0\.0\.0:/, '127.0.0.1:'),
    };

    // Every bad setting of both processes at once, before either starts (each would name only its own).
    const problems = [
      ...new Set([
        ...configProblems(controlPlaneConfigSchema, env),
        ...configProblems(edgeConfigSchema, env),
      ]),
    ];
    if (problems.length > 0) {
      for (const problem of problems) process.stderr.write(`${paint(31, '[start]')} ${problem}\n`);
      await stopAll(
        `${problems.length} setting${problems.length === 1 ? ' is' : 's are'} wrong (fix the environment and start again)`,
        configErrorExitCode,
      );
      return;
    }

    // The control-plane's ports are picked free here and bound later by the child; another process
    // can take one in between. Then fresh ports are picked and the control-plane started again.
    for (let attempt = 1; ; attempt += 1) {
      const controlPlane = startChild('control-plane', 'dist/src/control-plane/main.js', env, 36);
      children.push(controlPlane);
      const controlPlaneHttp = hostPort(env.CODEXK8S_CONTROL_PLANE_HTTP_ADDR ?? controlPlaneHttpAddress);
      try {
        await waitReady(`http://127.0.0.1:${controlPlaneHttp.port}/health/readyz`, controlPlane);
        break;
      } catch (error) {
        if (isRunning(controlPlane) || !controlPlanePortsPicked || attempt >= 3) throw error;
        await controlPlane.closed;
        if (!controlPlane.addressInUse()) throw error;
        children.pop();
        const grpcPort = await freePort();
        say('a port picked for the control-plane was taken meanwhile: trying others');
        env.CODEXK8S_CONTROL_PLANE_GRPC_ADDR = `127.0.0.1:${grpcPort}`;
        env.CODEXK8S_CONTROL_PLANE_GRPC_TARGET = `127.0.0.1:${grpcPort}`;
        env.CODEXK8S_CONTROL_PLANE_HTTP_ADDR = `127.0.0.1:${await freePort()}`;
      }
    }

    const edgeChild = startChild('edge', 'dist/src/edge/main.js', env, 34);
    children.push(edgeChild);
    await waitReady(`${edgeUrl}/health/readyz`, edgeChild);

    for (const child of children) {
      void child.exited.then((code) => {
        if (!stopping) void stopAll(`${child.name} exited unexpectedly (code ${code})`, 1);
      });
    }
    recordRunUrl(runFile, edgeUrl);

    const line = paint(32, '─'.repeat(72));
    process.stdout.write(
      [
        '',
        line,
        `  codex-k8s is running: ${paint(1, edgeUrl)}`,
        '',
        `  open        ${edgeUrl}`,
        `  sign in     ${ownerEmail} (dev login, the platform owner)`,
        `  webhook     npm run webhook:send -- issues --action labeled --label run:dev --repo octo-org/hello-world`,
        `  data        ${dataDir}${database ? ' (embedded PostgreSQL; delete the folder to start over)' : ''}`,
        `  stop        Ctrl-C`,
        line,
        '',
      ].join('\n') + '\n',
    );
  } catch (error) {
    process.stderr.write(
      `${paint(31, '[start]')} ${error instanceof Error ? error.message : String(error)}\n`,
    );
    await stopAll('start-up failed', 1);
  }
}

void main();
