/**
 * npm run bench:staff — the staff API's read paths under load, from dist/ (build first).
 *
 * Creates a fresh PostgreSQL database, lets the control-plane migrate it, seeds 1,000 projects,
 * 100,000 runs and 1,000,000 flow events with set-based SQL (generate_series), starts the built
 * control-plane and edge, and drives tRPC queries through the edge over HTTP with 64 connections:
 * runs.list as a member of 50 projects (first page, and the page 1,000 deep reached by walking
 * cursors), runs.list as an admin, runs.events and projects.list. Half of the runs live in the
 * member's 50 projects (1,000 each), so page 1,000 of 50 exists.
 *
 * Two phases per runs.list member scenario, both over 64 connections:
 * - throughput: autocannon, each connection sends its next request when the last is answered
 *   (closed loop); req/s is the capacity. Its latencies are printed too, but at saturation they
 *   are queueing: by Little's law 64 busy connections at 1,000 req/s wait 64 ms on average.
 * - latency: an open-loop load of BENCH_LATENCY_RATE (1,000) requests per second, evenly spaced
 *   and timed from when each was due (bench/support/paced-load.ts): the latency at the target rate.
 * Targets (exit 1 when missed): ≥ 1,000 req/s of throughput and p95 < 25 ms at 1,000 req/s, at
 * both depths. Also prints CPU per request of the edge, the control-plane, PostgreSQL's backends
 * and the load generator (this process), how much of the machine sat idle, and the peak RSS of
 * both processes.
 *
 * After each target-rate phase, paced phases at the lower rates of BENCH_LATENCY_CURVE (250,500,750;
 * empty for none) print p95 by rate: where the latency target holds on this machine. They count
 * only towards the error check, not towards PASS/FAIL.
 *
 * Last, the same member's first page through bench/bare-staff-path.ts (BENCH_BARE=false skips it):
 * the same SQL and libraries without the product's own layers, in throughput and at the target
 * rate, as the floor those libraries set on this machine (informational, not a target).
 *
 * Environment: BENCH_DURATION_SECONDS (10, per phase), BENCH_CONNECTIONS (64), BENCH_LATENCY_RATE
 * (1000), BENCH_LATENCY_CURVE (250,500,750), BENCH_BARE (true), BENCH_LOG_LEVEL (warn),
 * BENCH_DATABASE_ADMIN_URL (postgres://postgres@127.0.0.1:5432/postgres), BENCH_KEEP_DATABASE (false),
 * BENCH_EDGE_NODE_OPTIONS and BENCH_CONTROL_PLANE_NODE_OPTIONS (NODE_OPTIONS of each process;
 * none by default), BENCH_NODE_ARGS (node flags of both, e.g. --cpu-prof), BENCH_ONLY (run only
 * the scenarios whose name contains this text), BENCH_DATABASE_POOL_MAX (the control-plane's
 * CODEXK8S_DATABASE_POOL_MAX; its default when unset), BENCH_FAST_PATHS (true; false runs the
 * edge and the control-plane with CODEXK8S_FAST_PATHS=false, the bare path unchanged).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { SignJWT } from 'jose';
import pg from 'pg';
import {
  benchAdminUrl,
  benchFastPathsLabel,
  benchPlatformEnv,
  createBenchDatabase,
  keepBenchDatabase,
} from './support/bench-platform.js';
import { runPacedLoad } from './support/paced-load.js';
import { cpuSeconds, peakRssMb, percentile } from './support/process-stats.js';
import {
  benchNodeArgs,
  type BenchChild,
  startNode as startNodeProcess,
  stopChild as stop,
  waitForReady as waitFor,
} from './support/processes.js';

const env = process.env;
const durationSeconds = Number(env['BENCH_DURATION_SECONDS'] ?? 10);
const connections = Number(env['BENCH_CONNECTIONS'] ?? 64);
const latencyRate = Number(env['BENCH_LATENCY_RATE'] ?? 1000);
/** Also measure the bare path (bench/bare-staff-path.ts), the libraries' floor under the same read. */
const runBarePath = env['BENCH_BARE'] !== 'false';
/** Lower paced rates measured after the target rate, to show up to where p95 holds (empty: none). */
const latencyCurveRates = (env['BENCH_LATENCY_CURVE'] ?? '250,500,750')
  .split(',')
  .filter((rate) => rate.trim() !== '')
  .map(Number);
const edgeNodeOptions = env['BENCH_EDGE_NODE_OPTIONS'] ?? '';
const controlPlaneNodeOptions = env['BENCH_CONTROL_PLANE_NODE_OPTIONS'] ?? '';
const targets = { requestsPerSecond: 1_000, p95Ms: 25 };
/** The scenario the bare path serves too, so their ratio is printed. */
const firstPageScenario = 'runs.list member of 50, first page';
const logLevel = env['BENCH_LOG_LEVEL'] ?? 'warn';
const adminUrl = benchAdminUrl;
const keepDatabase = keepBenchDatabase;
const onlyScenarios = env['BENCH_ONLY'] ?? '';
/** The control-plane's CODEXK8S_DATABASE_POOL_MAX; its own default when unset. */
const databasePoolMax = env['BENCH_DATABASE_POOL_MAX'] ?? '';
// Runs as dist/bench/staff.js: the processes under test are its siblings in dist/.
const distDir = path.resolve(import.meta.dirname, '..');

type Child = BenchChild;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function startNode(name: string, script: string, childEnv: Record<string, string>): Child {
  return startNodeProcess(name, path.join(distDir, script), childEnv, benchNodeArgs);
}

/** Like cpuSeconds, or null once the process has exited. */
function cpuSecondsIfRunning(pid: number): number | null {
  try {
    return cpuSeconds(pid);
  } catch {
    return null;
  }
}

/** Seconds the whole machine's CPUs spent idle so far (/proc/stat: idle and iowait, in USER_HZ). */
function machineIdleSeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  return (Number(fields[4]) + Number(fields[5])) / 100;
}

function trpcUrl(edgeUrl: string, procedure: string, input: unknown): string {
  return `${edgeUrl}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
}

interface ScenarioResult {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function runScenario(name: string, url: string, token: string): Promise<ScenarioResult> {
  const latencies: number[] = [];
  let instance: autocannon.Instance | undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        connections,
        duration: durationSeconds,
        pipelining: 1,
        timeout: 10,
        headers: { authorization: `Bearer ${token}` },
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
    });
  });
  instance = undefined;
  latencies.sort((a, b) => a - b);
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

interface LatencyResult {
  name: string;
  answered: number;
  achievedPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function runLatencyPhase(
  name: string,
  url: string,
  token: string,
  ratePerSecond = latencyRate,
): Promise<LatencyResult> {
  const result = await runPacedLoad({
    url,
    headers: { authorization: `Bearer ${token}` },
    connections,
    ratePerSecond,
    durationSeconds,
  });
  return {
    name: `${name} at ${ratePerSecond} req/s`,
    answered: result.completed,
    achievedPerSecond: result.achievedPerSecond,
    p50: percentile(result.latencies, 50),
    p95: percentile(result.latencies, 95),
    p99: percentile(result.latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function seed(db: pg.Client): Promise<{ memberId: string }> {
  const started = Date.now();
  await db.query(`insert into projects (slug, name, settings)
    select 'project-' || lpad(i::text, 4, '0'), 'Project ' || i, '{"learning_mode_default": false}'::jsonb from generate_series(1, 1000) i`);
  const member = await db.query<{ id: string }>(
    `insert into users (email) values ('bench-member@example.com') returning id`,
  );
  const memberId = member.rows[0]!.id;
  await db.query(
    `insert into project_members (project_id, user_id, role)
     select id, $1, (array['read','read_write','admin'])[1 + (row_number() over (order by slug))::int % 3] from projects where slug <= 'project-0050'`,
    [memberId],
  );
  // 50,000 runs in the member's 50 projects (1,000 each), 50,000 over the other 950; 30 days of history, microsecond times.
  await db.query(`
    with numbered as (select id, row_number() over (order by slug) as n from projects)
    insert into agent_runs (correlation_id, project_id, status, run_payload, learning_mode, created_at, updated_at)
    select 'bench-' || i, p.id, (array['pending','running','succeeded','failed','canceled'])[1 + i % 5],
           jsonb_build_object('source', 'github', 'delivery_id', 'bench-' || i, 'event', 'pull_request', 'action', 'opened',
             'repository', jsonb_build_object('id', 1000 + i % 950, 'full_name', 'acme/repo-' || (i % 950), 'name', 'repo-' || (i % 950), 'private', true),
             'sender', jsonb_build_object('id', 7, 'login', 'octocat')),
           i % 7 = 0, t, t
    from (select i, now() - random() * interval '30 days' as t from generate_series(1, 100000) i) s
    join numbered p on p.n = case when i <= 50000 then 1 + i % 50 else 51 + i % 950 end`);
  // 10 flow events per run.
  await db.query(`
    insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload, created_at)
    select r.correlation_id, 'system', 'bench', (array['webhook.received','run.started','run.progress','run.succeeded'])[1 + g % 4],
           jsonb_build_object('step', g, 'run_id', r.id), r.created_at + g * interval '1 second'
    from agent_runs r cross join generate_series(1, 10) g`);
  // A settled table (as autovacuum leaves it): statistics and the visibility map for index-only scans.
  await db.query('vacuum analyze');
  const counts = await db.query<{ p: string; r: string; f: string }>(
    'select (select count(*) from projects) p, (select count(*) from agent_runs) r, (select count(*) from flow_events) f',
  );
  const row = counts.rows[0]!;
  console.log(
    `seeded ${row.p} projects, ${row.r} runs, ${row.f} flow events in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { memberId };
}

async function main(): Promise<void> {
  const database = await createBenchDatabase(adminUrl, 'codexk8s_bench_staff');
  const databaseUrl = database.url;

  const [grpcPort, cpHttpPort, edgePort] = [await freePort(), await freePort(), await freePort()];
  const platform = benchPlatformEnv({
    logLevel,
    controlPlaneNodeOptions,
    edgeNodeOptions,
    databaseUrl,
    grpcPort,
    httpPort: cpHttpPort,
    edgePort,
    production: false,
  });
  const children: Child[] = [];
  const db = new pg.Client({ connectionString: databaseUrl });
  let failed = false;
  try {
    const controlPlane = startNode('control-plane', 'src/control-plane/main.js', {
      ...platform.controlPlane,
      CODEXK8S_MIGRATE_ON_START: 'true',
      CODEXK8S_WORKER_ENABLED: 'false',
      ...(databasePoolMax ? { CODEXK8S_DATABASE_POOL_MAX: databasePoolMax } : {}),
    });
    children.push(controlPlane);
    await waitFor(`http://127.0.0.1:${cpHttpPort}/health/readyz`, controlPlane);

    await db.connect();
    const { memberId } = await seed(db);
    const owner = await db.query<{ id: string }>(`select id from users where is_platform_owner`);
    const ownerId = owner.rows[0]!.id;

    const edge = startNode('edge', 'src/edge/main.js', platform.edge);
    children.push(edge);
    const edgeUrl = `http://127.0.0.1:${edgePort}`;
    await waitFor(`${edgeUrl}/health/readyz`, edge);

    const mint = (sub: string, email: string, isAdmin: boolean, isOwner: boolean) =>
      new SignJWT({ email, github_login: '', is_admin: isAdmin, is_owner: isOwner })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(sub)
        .setIssuer('codex-k8s')
        .setIssuedAt()
        .setExpirationTime('2h')
        .sign(new TextEncoder().encode(platform.jwtKey));
    const memberToken = await mint(memberId, 'bench-member@example.com', false, false);
    const ownerToken = await mint(ownerId, 'owner@example.com', true, true);

    // Walk 999 pages by cursor to reach page 1,000 honestly (the cursor is opaque).
    const walkStarted = Date.now();
    let cursor: string | null = null;
    let firstRunId = '';
    for (let page = 1; page < 1000; page++) {
      const response = await fetch(trpcUrl(edgeUrl, 'runs.list', { limit: 50, cursor }), {
        headers: { authorization: `Bearer ${memberToken}` },
      });
      const body = (await response.json()) as {
        result?: { data?: { items: Array<{ id: string }>; nextCursor: string | null } };
      };
      const data = body.result?.data;
      if (!data?.nextCursor)
        throw new Error(`runs.list ended at page ${page}: ${JSON.stringify(body).slice(0, 300)}`);
      if (page === 1) firstRunId = data.items[0]?.id ?? '';
      cursor = data.nextCursor;
    }
    console.log(`walked 999 pages of runs.list in ${((Date.now() - walkStarted) / 1000).toFixed(1)} s`);

    const scenarios: Array<[string, string, string]> = [
      [firstPageScenario, trpcUrl(edgeUrl, 'runs.list', { limit: 50 }), memberToken],
      [
        'runs.list member of 50, page 1,000',
        trpcUrl(edgeUrl, 'runs.list', { limit: 50, cursor }),
        memberToken,
      ],
      ['runs.list admin, first page', trpcUrl(edgeUrl, 'runs.list', { limit: 50 }), ownerToken],
      [
        'runs.events (member)',
        trpcUrl(edgeUrl, 'runs.events', { runId: firstRunId, limit: 50 }),
        memberToken,
      ],
      ['projects.list (member)', trpcUrl(edgeUrl, 'projects.list', { limit: 50 }), memberToken],
      ['projects.list (admin)', trpcUrl(edgeUrl, 'projects.list', { limit: 50 }), ownerToken],
    ];
    // PostgreSQL's backends serving this database (the pools' connections), for the CPU account.
    const postgresPids = async () =>
      (
        await db.query<{ pid: number }>(
          'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
        )
      ).rows.map((row) => row.pid);
    /** CPU milliseconds per answered request of the edge, the control-plane and PostgreSQL during `phase`. */
    const product = { edge, controlPlane };
    const cpuPerRequest = async (phase: () => Promise<number>, processes = product) => {
      const backends = await postgresPids();
      // The load generator (this process) shares the cores, so its share is printed too; so is how
      // much of the machine sat idle, which tells a CPU-bound phase from one that waits on something.
      const cpu = () => [
        cpuSeconds(processes.edge.child.pid),
        cpuSeconds(processes.controlPlane.child.pid),
        cpuSeconds(process.pid),
      ];
      const backendsBefore = backends.map((pid) => cpuSeconds(pid));
      const before = cpu();
      const idleBefore = machineIdleSeconds();
      const startedAt = performance.now();
      const answered = await phase();
      const elapsedSeconds = (performance.now() - startedAt) / 1_000;
      const idle = (machineIdleSeconds() - idleBefore) / (elapsedSeconds * availableParallelism());
      const after = cpu();
      // A pool closes connections it has not used for a while: such a backend was idle, so its
      // share of the phase is nothing.
      const postgres = backends.reduce((sum, pid, index) => {
        const now = cpuSecondsIfRunning(pid);
        return now === null ? sum : sum + now - backendsBefore[index]!;
      }, 0);
      const perRequest = (seconds: number) => ((seconds / answered) * 1_000).toFixed(2);
      const [edgeMs, controlPlaneMs, generatorMs] = after.map((value, index) =>
        perRequest(value - before[index]!),
      );
      return `cpu/request: edge ${edgeMs} ms, control-plane ${controlPlaneMs} ms, postgres ${perRequest(postgres)} ms, load generator ${generatorMs} ms; machine ${(idle * 100).toFixed(0)}% idle`;
    };

    // Warm-up: JIT, connection pools, PostgreSQL buffers.
    await runScenario('warm-up', scenarios[0]![1], memberToken);

    /** A closed-loop phase against `url`, printed with its CPU account; `processes` serve it. */
    const measureThroughput = async (label: string, url: string, token: string, processes = product) => {
      let result: ScenarioResult | undefined;
      const cpu = await cpuPerRequest(async () => {
        result = await runScenario(label, url, token);
        return result.requestsPerSecond * durationSeconds;
      }, processes);
      console.log(
        `${label.padEnd(36)} throughput ${result!.requestsPerSecond.toFixed(0).padStart(5)} req/s  (saturated: p50 ${result!.p50.toFixed(1)} ms, p95 ${result!.p95.toFixed(1)} ms, p99 ${result!.p99.toFixed(1)} ms)  non-2xx ${result!.non2xx}  errors ${result!.errors}  ${cpu}`,
      );
      return result!;
    };
    /** A paced phase at the target rate, printed with its CPU account. */
    const measureLatency = async (label: string, url: string, token: string, processes = product) => {
      let latency: LatencyResult | undefined;
      const cpu = await cpuPerRequest(async () => {
        latency = await runLatencyPhase(label, url, token);
        return latency.answered;
      }, processes);
      console.log(
        `${label.padEnd(36)} at ${latencyRate} req/s: p50 ${latency!.p50.toFixed(1)} ms, p95 ${latency!.p95.toFixed(1)} ms, p99 ${latency!.p99.toFixed(1)} ms  (achieved ${latency!.achievedPerSecond.toFixed(0)} req/s)  non-2xx ${latency!.non2xx}  errors ${latency!.errors}  ${cpu}`,
      );
      return latency!;
    };

    const results: ScenarioResult[] = [];
    const latencyResults: LatencyResult[] = [];
    /** Phases that only inform (p95 by rate, the bare path): checked for errors, not against targets. */
    const informational: (ScenarioResult | LatencyResult)[] = [];
    for (const [label, url, token] of scenarios) {
      if (!label.includes(onlyScenarios)) continue;
      results.push(await measureThroughput(label, url, token));
      if (!label.startsWith('runs.list member')) continue;
      latencyResults.push(await measureLatency(label, url, token));
      if (latencyCurveRates.length === 0) continue;
      // Where the latency target holds on this machine.
      const curve: string[] = [];
      for (const rate of latencyCurveRates) {
        const point = await runLatencyPhase(label, url, token, rate);
        informational.push(point);
        curve.push(`${rate} → ${point.p95.toFixed(1)} ms`);
      }
      console.log(`${label.padEnd(36)} p95 by paced rate: ${curve.join(', ')}`);
    }
    if (runBarePath) {
      // The floor under the same read: the libraries and the SQL without the product's layers.
      const barePorts = { controlPlane: await freePort(), edge: await freePort() };
      const bare = {
        controlPlane: startNode('bare control-plane', 'bench/bare-staff-path.js', {
          BENCH_BARE_ROLE: 'control-plane',
          BENCH_PORT: String(barePorts.controlPlane),
          DATABASE_URL: databaseUrl,
        }),
        edge: startNode('bare edge', 'bench/bare-staff-path.js', {
          BENCH_BARE_ROLE: 'edge',
          BENCH_PORT: String(barePorts.edge),
          BENCH_CONTROL_PLANE_TARGET: `127.0.0.1:${barePorts.controlPlane}`,
          BENCH_MEMBER_ID: memberId,
        }),
      };
      children.push(bare.controlPlane, bare.edge);
      // The product's processes stay up, idle.
      const bareUrl = `http://127.0.0.1:${barePorts.edge}/`;
      await waitFor(`http://127.0.0.1:${barePorts.edge}/health/livez`, bare.edge);
      await runScenario('bare warm-up', bareUrl, memberToken);
      const label = 'bare path, member first page';
      const bareThroughput = await measureThroughput(label, bareUrl, memberToken, bare);
      informational.push(bareThroughput, await measureLatency(label, bareUrl, memberToken, bare));
      const product = results.find((result) => result.name === firstPageScenario);
      if (product)
        console.log(
          `ratio to the bare path (member first page, throughput): ${((product.requestsPerSecond / bareThroughput.requestsPerSecond) * 100).toFixed(1)} % of ${bareThroughput.requestsPerSecond.toFixed(0)} req/s`,
        );
    }
    console.log(
      `peak RSS: edge ${peakRssMb(edge.child.pid).toFixed(0)} MiB, control-plane ${peakRssMb(controlPlane.child.pid).toFixed(0)} MiB`,
    );
    console.log(
      `${benchFastPathsLabel}, ${connections} connections, ${durationSeconds} s per phase, NODE_OPTIONS edge "${edgeNodeOptions}" control-plane "${controlPlaneNodeOptions}", ${new Date().toISOString()}`,
    );

    for (const result of [...results, ...latencyResults, ...informational]) {
      if (result.non2xx > 0 || result.errors > 0) {
        console.log(`FAIL ${result.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
        failed = true;
      }
    }
    for (const result of results.filter((r) => r.name.startsWith('runs.list member'))) {
      const ok = result.requestsPerSecond >= targets.requestsPerSecond;
      console.log(
        `${ok ? 'PASS' : 'FAIL'} ${result.name}: ${result.requestsPerSecond.toFixed(0)} req/s (target ≥ ${targets.requestsPerSecond})`,
      );
      if (!ok) failed = true;
    }
    for (const result of latencyResults) {
      const ok = result.p95 < targets.p95Ms && result.achievedPerSecond >= 0.98 * latencyRate;
      console.log(
        `${ok ? 'PASS' : 'FAIL'} ${result.name}: p95 ${result.p95.toFixed(1)} ms at ${latencyRate} req/s (target < ${targets.p95Ms} ms)`,
      );
      if (!ok) failed = true;
    }
  } finally {
    for (const child of children.reverse()) await stop(child);
    await db.end().catch(() => {});
    if (!keepDatabase) await database.drop();
    else {
      console.log(`database kept: ${databaseUrl}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
