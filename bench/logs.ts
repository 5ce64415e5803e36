/**
 * npm run bench:logs — run logs (SPEC §12) under load, from dist/ (build first).
 *
 * Creates a fresh PostgreSQL database, lets the control-plane migrate it, starts the built
 * control-plane (local launcher, NODE_OPTIONS as deployed) and edge, and drives two runs:
 * - flood: a run printing BENCH_LOG_FLOOD_BYTES (50 MB) of 100-byte lines of random base64 as fast
 *   as it can (`base64 /dev/urandom | head -c`), through the local launcher's pipes. Checks: the control-plane's peak RSS
 *   stays under 250 MiB, and the bytes stored for the run (its chunks' text) are at most the cap
 *   (CODEXK8S_RUN_LOG_MAX_BYTES, BENCH_LOG_MAX_BYTES, default 8 MiB) and end with `[log truncated]`.
 *   Prints how long the run took and the chunk table's size on disk.
 * - latency: a run printing BENCH_LOG_LATENCY_LINES (600) lines, one every
 *   BENCH_LOG_LATENCY_INTERVAL_MS (20 ms), each carrying the time it was printed, watched through
 *   an open runs.watchLogs SSE stream on the edge. Prints p50/p90/p99/max of printed → received;
 *   checks p99 < 1 s and that every line arrived once.
 * - latency during a flood (informational, BENCH_LOG_LATENCY_UNDER_FLOOD=false skips it): the same,
 *   while another run floods.
 * Exits 1 when a check fails.
 *
 * Environment: BENCH_LOG_FLOOD_BYTES, BENCH_LOG_MAX_BYTES, BENCH_LOG_LATENCY_LINES,
 * BENCH_LOG_LATENCY_INTERVAL_MS, BENCH_LOG_LATENCY_UNDER_FLOOD, BENCH_LOG_LEVEL (warn),
 * BENCH_DATABASE_ADMIN_URL (postgres://postgres@127.0.0.1:5432/postgres), BENCH_KEEP_DATABASE (false),
 * BENCH_CONTROL_PLANE_NODE_OPTIONS (--max-old-space-size=192, as compose and k8s run it),
 * BENCH_EDGE_NODE_OPTIONS (--max-old-space-size=128 --max-semi-space-size=8), BENCH_NODE_ARGS,
 * BENCH_FAST_PATHS (true; false runs both processes with CODEXK8S_FAST_PATHS=false).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import { SignJWT } from 'jose';
import pg from 'pg';
import {
  benchAdminUrl,
  benchPlatformEnv,
  createBenchDatabase,
  runBench,
  keepBenchDatabase,
} from './support/bench-platform.js';
import { cpuSeconds, peakRssMb, percentile } from './support/process-stats.js';
import {
  benchNodeArgs,
  type BenchChild,
  startNode as startNodeProcess,
  stopChild as stop,
  waitForReady,
} from './support/processes.js';
import { readServerSentEvents } from './support/server-sent-events.js';

const env = process.env;
const floodBytes = Number(env['BENCH_LOG_FLOOD_BYTES'] ?? 50 * 1024 * 1024);
const maxBytes = Number(env['BENCH_LOG_MAX_BYTES'] ?? 8 * 1024 * 1024);
const latencyLines = Number(env['BENCH_LOG_LATENCY_LINES'] ?? 600);
const latencyIntervalMs = Number(env['BENCH_LOG_LATENCY_INTERVAL_MS'] ?? 20);
const latencyUnderFlood = env['BENCH_LOG_LATENCY_UNDER_FLOOD'] !== 'false';
const logLevel = env['BENCH_LOG_LEVEL'] ?? 'warn';
const adminUrl = benchAdminUrl;
const keepDatabase = keepBenchDatabase;
const controlPlaneNodeOptions = env['BENCH_CONTROL_PLANE_NODE_OPTIONS'] ?? '--max-old-space-size=192';
const edgeNodeOptions = env['BENCH_EDGE_NODE_OPTIONS'] ?? '--max-old-space-size=128 --max-semi-space-size=8';
const targets = { controlPlaneRssMb: 250, p99Ms: 1_000 };
// Runs as dist/bench/logs.js: the processes under test are its siblings in dist/.
const distDir = path.resolve(import.meta.dirname, '..');

const fmt = (value: number, digits = 1) =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits }) : 'n/a';

function startNode(name: string, script: string, childEnv: Record<string, string>): BenchChild {
  return startNodeProcess(name, path.join(distDir, script), childEnv, benchNodeArgs);
}

/** What each run executes: the shell text written to `<dir>/<run id>`, so one control-plane serves every phase. */
function scriptedWorker(): { command: string; script(runId: string, shell: string): void; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'codexk8s-bench-logs-'));
  return {
    command: `c=$(cat "${dir}/$CODEXK8S_RUN_ID" 2>/dev/null || echo true); eval "$c"`,
    script: (runId, shell) => writeFileSync(path.join(dir, runId), shell),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function waitForStatus(db: pg.Client, runId: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await db.query<{ status: string }>('select status from agent_runs where id = $1', [
      runId,
    ]);
    const status = rows[0]?.status ?? '';
    if (['succeeded', 'failed', 'canceled'].includes(status)) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`run ${runId} did not finish within ${timeoutMs} ms`);
}

interface LatencyResult {
  samples: number[];
  lines: number;
  duplicates: number;
}

/**
 * Watches one run's log through runs.watchLogs and measures, for every line, the time from the
 * moment it was printed (its first field, epoch milliseconds) to the moment this process read it.
 */
async function watchLatency(edgeUrl: string, token: string, runId: string): Promise<LatencyResult> {
  const input = encodeURIComponent(JSON.stringify({ runId }));
  const response = await fetch(`${edgeUrl}/api/trpc/runs.watchLogs?input=${input}`, {
    headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
  });
  if (response.status !== 200 || !response.body)
    throw new Error(`runs.watchLogs answered ${response.status}`);
  const samples: number[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  const partial = { stdout: '', stderr: '' };
  for await (const event of readServerSentEvents(response.body)) {
    if (event.event === 'return') break;
    if (event.event === 'serialized-error') throw new Error(`runs.watchLogs failed: ${event.data}`);
    if (event.event !== 'message') continue;
    const receivedAt = Date.now();
    const chunk = JSON.parse(event.data) as { stream: 'stdout' | 'stderr' | 'system'; text: string };
    if (chunk.stream === 'system') continue;
    const lines = (partial[chunk.stream] + chunk.text).split('\n');
    partial[chunk.stream] = lines.pop() ?? '';
    for (const line of lines) {
      const [printedAt, , number] = line.split(' ');
      if (!printedAt || !number) continue;
      if (seen.has(number)) duplicates += 1;
      seen.add(number);
      samples.push(receivedAt - Number(printedAt));
    }
  }
  return { samples, lines: seen.size, duplicates };
}

function floodCommand(bytes: number): string {
  // 100-byte lines of random base64: nothing for compression to squeeze, everything for redaction to scan.
  return `base64 -w 99 /dev/urandom | head -c ${bytes}`;
}

function pacedCommand(lines: number, intervalMs: number): string {
  const script = `let i=0;const t=setInterval(()=>{console.log(Date.now()+' line '+i);if(++i>=${lines})clearInterval(t)},${intervalMs})`;
  return `${JSON.stringify(process.execPath)} -e ${JSON.stringify(script)}`;
}

function printLatency(name: string, result: LatencyResult): void {
  const sorted = [...result.samples].sort((a, b) => a - b);
  console.log(
    `  ${name}: ${result.lines}/${latencyLines} lines, ${result.duplicates} repeated; printed → received ` +
      `p50 ${fmt(percentile(sorted, 50), 0)} ms, p90 ${fmt(percentile(sorted, 90), 0)} ms, ` +
      `p99 ${fmt(percentile(sorted, 99), 0)} ms, max ${fmt(sorted.at(-1) ?? NaN, 0)} ms`,
  );
}

async function main(): Promise<[string, boolean][]> {
  const database = await createBenchDatabase(adminUrl);
  const databaseUrl = database.url;
  const databaseName = database.name;
  const worker = scriptedWorker();
  const children: BenchChild[] = [];
  const checks: [string, boolean][] = [];
  const db = new pg.Client({ connectionString: databaseUrl });
  try {
    const [grpcPort, cpHttpPort, edgePort] = await Promise.all([getPort(), getPort(), getPort()]);
    const platform = benchPlatformEnv({
      logLevel,
      controlPlaneNodeOptions,
      edgeNodeOptions,
      databaseUrl,
      grpcPort,
      httpPort: cpHttpPort,
      edgePort,
    });
    const controlPlane = startNode('control-plane', 'src/control-plane/main.js', {
      ...platform.controlPlane,
      CODEXK8S_MIGRATE_ON_START: 'true',
      CODEXK8S_WORKER_ENABLED: 'true',
      CODEXK8S_RUN_LAUNCHER: 'local',
      CODEXK8S_WORKER_POLL_INTERVAL: '200ms',
      CODEXK8S_WORKER_JOB_COMMAND: worker.command,
      CODEXK8S_WORKER_JOB_ACTIVE_DEADLINE_SECONDS: '600',
      CODEXK8S_RUN_LOG_MAX_BYTES: String(maxBytes),
    });
    children.push(controlPlane);
    await waitForReady(`http://127.0.0.1:${cpHttpPort}/health/readyz`, controlPlane);
    const edge = startNode('edge', 'src/edge/main.js', platform.edge);
    children.push(edge);
    const edgeUrl = `http://127.0.0.1:${edgePort}`;
    await waitForReady(`${edgeUrl}/health/readyz`, edge);

    await db.connect();
    const owner = await db.query<{ id: string }>(`select id from users where email = 'owner@example.com'`);
    const token = await new SignJWT({
      email: 'owner@example.com',
      github_login: '',
      is_admin: true,
      is_owner: true,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(owner.rows[0]!.id)
      .setIssuer('codex-k8s')
      .setIssuedAt()
      .setExpirationTime('2h')
      .sign(new TextEncoder().encode(platform.jwtKey));
    const project = await db.query<{ id: string }>(
      `insert into projects (slug, name) values ('bench-logs', 'bench logs') returning id`,
    );
    const projectId = project.rows[0]!.id;
    const seedRun = async (shell: string): Promise<string> => {
      const runId = randomUUID();
      worker.script(runId, shell);
      await db.query(
        `insert into agent_runs (id, correlation_id, project_id, run_payload) values ($1, $2, $3, $4::jsonb)`,
        [
          runId,
          `bench-${runId}`,
          projectId,
          JSON.stringify({ event: 'push', repository: { full_name: 'bench/logs' } }),
        ],
      );
      return runId;
    };

    console.log(
      `run log benchmark: flood ${fmt(floodBytes / 1024 / 1024)} MiB, cap ${fmt(maxBytes / 1024 / 1024)} MiB, ` +
        `latency ${latencyLines} lines every ${latencyIntervalMs} ms, NODE_OPTIONS control-plane "${controlPlaneNodeOptions}", ` +
        `database ${databaseName}, load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
    );

    // Flood: as fast as the child can print, through the pipes into the capped log.
    const rssBefore = peakRssMb(controlPlane.child.pid);
    const cpuBefore = cpuSeconds(controlPlane.child.pid);
    const floodRun = await seedRun(floodCommand(floodBytes));
    const floodStarted = Date.now();
    const floodStatus = await waitForStatus(db, floodRun, 600_000);
    const floodSeconds = (Date.now() - floodStarted) / 1000;
    const stored = await db.query<{ bytes: string; chunks: string; last: string }>(
      `select sum(octet_length(text)) as bytes, count(*) as chunks,
         (select text from run_log_chunks where run_id = $1 order by seq desc limit 1) as last
       from run_log_chunks where run_id = $1`,
      [floodRun],
    );
    const tableBytes = await db.query<{ bytes: string }>(
      `select pg_total_relation_size('run_log_chunks') as bytes`,
    );
    const floodRss = peakRssMb(controlPlane.child.pid);
    const storedBytes = Number(stored.rows[0]?.bytes ?? 0);
    console.log('flood:');
    console.log(
      `  run ${floodStatus} in ${fmt(floodSeconds)} s (from pending; ${fmt(floodBytes / 1024 / 1024 / floodSeconds)} MiB/s printed), ` +
        `control-plane CPU ${fmt(cpuSeconds(controlPlane.child.pid) - cpuBefore, 2)} s`,
    );
    console.log(
      `  stored ${fmt(storedBytes / 1024 / 1024, 2)} MiB of text in ${stored.rows[0]?.chunks} chunks ` +
        `(cap ${fmt(maxBytes / 1024 / 1024, 2)} MiB), last chunk ${JSON.stringify(stored.rows[0]?.last)}; ` +
        `run_log_chunks on disk ${fmt(Number(tableBytes.rows[0]?.bytes) / 1024 / 1024, 2)} MiB`,
    );
    console.log(`  control-plane peak RSS ${fmt(floodRss)} MiB (${fmt(rssBefore)} MiB before the flood)`);
    checks.push(
      ['flood run succeeded', floodStatus === 'succeeded'],
      [`stored bytes ≤ the cap (${maxBytes})`, storedBytes <= maxBytes],
      ['ends with [log truncated]', stored.rows[0]?.last === '[log truncated]\n'],
      [`control-plane RSS < ${targets.controlPlaneRssMb} MiB`, floodRss < targets.controlPlaneRssMb],
    );

    // Latency: printed → an open runs.watchLogs stream.
    console.log('latency (printed → runs.watchLogs):');
    const latencyRun = await seedRun(pacedCommand(latencyLines, latencyIntervalMs));
    const quiet = await watchLatency(edgeUrl, token, latencyRun);
    printLatency('alone', quiet);
    const quietP99 = percentile(
      [...quiet.samples].sort((a, b) => a - b),
      99,
    );
    checks.push(
      [`p99 < ${targets.p99Ms} ms`, quietP99 < targets.p99Ms],
      ['every line arrived once', quiet.lines === latencyLines && quiet.duplicates === 0],
    );
    if (latencyUnderFlood) {
      const flooding = await seedRun(floodCommand(floodBytes));
      const watched = await seedRun(pacedCommand(latencyLines, latencyIntervalMs));
      const loaded = await watchLatency(edgeUrl, token, watched);
      printLatency('while another run floods (informational)', loaded);
      await waitForStatus(db, flooding, 600_000);
    }
    console.log(
      `control-plane peak RSS over the whole benchmark: ${fmt(peakRssMb(controlPlane.child.pid))} MiB`,
    );
    checks.push([
      `control-plane RSS < ${targets.controlPlaneRssMb} MiB (whole benchmark)`,
      peakRssMb(controlPlane.child.pid) < targets.controlPlaneRssMb,
    ]);
  } finally {
    await db.end().catch(() => undefined);
    for (const child of children) await stop(child);
    worker.remove();
    if (!keepDatabase) await database.drop();
  }
  return checks;
}

runBench(main);
