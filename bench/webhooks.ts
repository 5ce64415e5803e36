/**
 * npm run bench:webhooks — the webhook ingest path under load, from dist/ (build first).
 *
 * Creates a fresh PostgreSQL database, migrates it, starts the control-plane and the edge as
 * built, and drives POST /api/v1/webhooks/github with autocannon: realistic signed payloads from
 * @octokit/webhooks-examples, a unique X-GitHub-Delivery per request, a mix of deliveries that start
 * a run (labels, commands from the repository's owner) and deliveries the trigger policy ignores
 * (pushes, opened and edited issues, plain comments). Phases: warm-up, throughput (64 connections),
 * latency (16 connections); then the same against a bare receiver (express + signature check +
 * 202, nothing stored) as the ceiling. Checks the targets of issue 3, that the deliveries recorded
 * equal the 2xx answers and that the runs are the deliveries that started one; exits 1 when a
 * check fails.
 *
 * Environment: BENCH_RUN_SHARE (0.5: the share of deliveries that start a run, 0 to 1),
 * BENCH_DURATION_SECONDS (20), BENCH_WARMUP_SECONDS (3), BENCH_THROUGHPUT_CONNECTIONS
 * (64), BENCH_LATENCY_CONNECTIONS (16), BENCH_LOG_LEVEL (info: the processes log as in production,
 * to /dev/null), BENCH_DATABASE_ADMIN_URL (postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_KEEP_DATABASE (false), BENCH_SKIP_BARE (false), BENCH_NODE_ARGS (node flags of the edge and
 * control-plane, e.g. --cpu-prof), BENCH_FAST_PATHS (true; false runs both processes with
 * CODEXK8S_FAST_PATHS=false, the bare receiver unchanged).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import autocannon from 'autocannon';
import getPort from 'get-port';
import pg from 'pg';
import { sign } from '@octokit/webhooks-methods';
import {
  benchNodeArgs,
  type BenchChild,
  startNode as startNodeProcess,
  stopChild as stop,
  waitForReady,
} from './support/processes.js';
import {
  benchAdminUrl,
  benchFastPathsLabel,
  benchPlatformEnv,
  createBenchDatabase,
  runBench,
  keepBenchDatabase,
} from './support/bench-platform.js';

const distDir = path.resolve(import.meta.dirname, '..');
const env = process.env;
const durationSeconds = Number(env['BENCH_DURATION_SECONDS'] ?? 20);
const warmupSeconds = Number(env['BENCH_WARMUP_SECONDS'] ?? 3);
const throughputConnections = Number(env['BENCH_THROUGHPUT_CONNECTIONS'] ?? 64);
const latencyConnections = Number(env['BENCH_LATENCY_CONNECTIONS'] ?? 16);
const logLevel = env['BENCH_LOG_LEVEL'] ?? 'info';
const adminUrl = benchAdminUrl;
const keepDatabase = keepBenchDatabase;
// The heap settings a deployment gives each process through NODE_OPTIONS (docs/decisions.md,
// "Heap sizing"): without them V8 sizes the heap for the machine, not for the process.
const edgeNodeOptions = env['BENCH_EDGE_NODE_OPTIONS'] ?? '--max-old-space-size=128 --max-semi-space-size=8';
const controlPlaneNodeOptions = env['BENCH_CONTROL_PLANE_NODE_OPTIONS'] ?? '--max-old-space-size=192';
const skipBare = env['BENCH_SKIP_BARE'] === 'true';
const runShare = Number(env['BENCH_RUN_SHARE'] ?? 0.5);
if (!(runShare >= 0 && runShare <= 1)) throw new Error('BENCH_RUN_SHARE must be between 0 and 1');

const targets = { acceptedPerSecond: 1_000, p99Ms: 50, edgeRssMb: 150, controlPlaneRssMb: 250 };

// ---- payloads ----

interface WebhookDefinition {
  name: string;
  examples: Record<string, unknown>[];
}

interface MixEntry {
  event: string;
  action: string | undefined;
  /** Edits that make the delivery a trigger under the default policy (SPEC §11). */
  edit?: (payload: Record<string, unknown>) => void;
}

/** Deliveries that start a run under the default trigger policy: a run: label, /codex by the OWNER. */
const triggering: MixEntry[] = [
  {
    event: 'issues',
    action: 'labeled',
    edit: (payload) => Object.assign(payload['label'] as object, { name: 'run:bench' }),
  },
  {
    event: 'issue_comment',
    action: 'created',
    edit: (payload) => Object.assign(payload['comment'] as object, { body: '/codex run the benchmark' }),
  },
  {
    event: 'pull_request',
    action: 'labeled',
    edit: (payload) => Object.assign(payload['label'] as object, { name: 'run:bench' }),
  },
];

/** Deliveries the default trigger policy ignores (no_trigger): the rest of a repository hook's traffic. */
const ignored: MixEntry[] = [
  { event: 'push', action: undefined },
  { event: 'issues', action: 'opened' },
  { event: 'issue_comment', action: 'created' },
  { event: 'issues', action: 'edited' },
];

/** BENCH_RUN_SHARE of twenty deliveries start a run, the rest are ignored, interleaved. */
function mixOf(share: number): MixEntry[] {
  const runs = Math.round(share * 20);
  const taken = { runs: 0, ignored: 0 };
  return Array.from({ length: 20 }, (_, index) => {
    const startsRun = Math.floor(((index + 1) * runs) / 20) > Math.floor((index * runs) / 20);
    return startsRun
      ? (triggering[taken.runs++ % triggering.length] as MixEntry)
      : (ignored[taken.ignored++ % ignored.length] as MixEntry);
  });
}

interface SignedPayload {
  event: string;
  body: Buffer;
  signature: string;
}

async function signedPayloads(secret: string): Promise<SignedPayload[]> {
  const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];
  return Promise.all(
    mixOf(runShare).map(async ({ event, action, edit }) => {
      const example = definitions
        .find((definition) => definition.name === event)
        ?.examples.find((candidate) => action === undefined || candidate['action'] === action);
      if (!example) throw new Error(`no example payload for ${event} ${action ?? ''}`);
      const payload = structuredClone(example);
      edit?.(payload);
      const text = JSON.stringify(payload);
      return { event, body: Buffer.from(text), signature: await sign(secret, text) };
    }),
  );
}

/** Which delivery ids were answered how, to check the database against the answers. */
interface DeliveryLedger {
  sent: Set<string>;
  accepted: string[];
  refused: string[];
}

interface ConnectionContext {
  deliveryId?: string;
}

function requestsFor(payloads: SignedPayload[], ledger: DeliveryLedger): autocannon.Request[] {
  return payloads.map((payload) => ({
    method: 'POST',
    path: '/api/v1/webhooks/github',
    body: payload.body,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'GitHub-Hookshot/bench',
      'x-github-event': payload.event,
      'x-hub-signature-256': payload.signature,
    },
    // A fresh delivery id per request, as GitHub sends; the signature covers the body only. With
    // pipelining 1 a connection has one request in flight, so its context names the one answered.
    setupRequest: (request, context: ConnectionContext) => {
      const deliveryId = randomUUID();
      context.deliveryId = deliveryId;
      ledger.sent.add(deliveryId);
      return { ...request, headers: { ...request.headers, 'x-github-delivery': deliveryId } };
    },
    onResponse: (status: number, _body: string, context: ConnectionContext) => {
      if (!context.deliveryId) return;
      if (status >= 200 && status < 300) ledger.accepted.push(context.deliveryId);
      else ledger.refused.push(context.deliveryId);
    },
  }));
}

// ---- processes ----

type Child = BenchChild;

/** `underTest`: the edge and control-plane get BENCH_NODE_ARGS (e.g. --cpu-prof); helpers do not. */
function startNode(name: string, script: string, childEnv: Record<string, string>, underTest = false): Child {
  return startNodeProcess(name, path.join(distDir, script), childEnv, underTest ? benchNodeArgs : []);
}

function waitFor(url: string, child: Child): Promise<void> {
  return waitForReady(url, child, 60_000);
}

/** Peak resident set size (VmHWM) in MiB, and CPU seconds used so far (user + system). */
function processStats(pid: number | undefined): { peakRssMb: number; cpuSeconds: number } {
  if (pid === undefined) return { peakRssMb: NaN, cpuSeconds: NaN };
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { peakRssMb: hwm ? Number(hwm[1]) / 1024 : NaN, cpuSeconds: ticks / 100 };
}

/** Heap and off-heap memory from a process's Prometheus metrics (where the RSS goes). */
async function heapSummary(metricsUrl: string): Promise<string> {
  try {
    const text = await (await fetch(metricsUrl)).text();
    const value = (name: string) => {
      const match = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text);
      return match ? `${fmt(Number(match[1]) / 1048576)} MiB` : 'n/a';
    };
    return `rss ${value('process_resident_memory_bytes')}, heap total ${value('nodejs_heap_size_total_bytes')}, heap used ${value('nodejs_heap_size_used_bytes')}, external ${value('nodejs_external_memory_bytes')}`;
  } catch {
    return 'n/a';
  }
}

/** Sum and count of the histograms that tell where a request's time goes (edge and control-plane). */
async function stageTimes(
  edgeMetricsUrl: string,
  controlPlaneMetricsUrl: string,
): Promise<Record<string, [number, number]>> {
  const read = async (url: string, names: string[]) => {
    const text = await (await fetch(url)).text();
    return names.map((name): [string, [number, number]] => {
      const total = (suffix: string) =>
        [...text.matchAll(new RegExp(`^${name}_${suffix}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'gm'))].reduce(
          (sum, match) => sum + Number(match[1]),
          0,
        );
      return [name, [total('sum'), total('count')]];
    });
  };
  return Object.fromEntries([
    ...(await read(edgeMetricsUrl, [
      'codexk8s_webhook_duration_seconds',
      'codexk8s_grpc_client_duration_seconds',
    ])),
    ...(await read(controlPlaneMetricsUrl, [
      'codexk8s_grpc_server_duration_seconds',
      'codexk8s_webhook_ingest_batch_seconds',
      'codexk8s_webhook_ingest_batch_size',
    ])),
  ]);
}

function stageSummary(
  before: Record<string, [number, number]>,
  after: Record<string, [number, number]>,
): string {
  return Object.entries(after)
    .map(([name, [sum, count]]) => {
      const [sumBefore, countBefore] = before[name] ?? [0, 0];
      const calls = count - countBefore;
      const average = calls > 0 ? (sum - sumBefore) / calls : NaN;
      return name.endsWith('_seconds')
        ? `${name.replace('codexk8s_', '').replace('_seconds', '')} avg ${fmt(average * 1000)} ms`
        : `${name.replace('codexk8s_', '')} avg ${fmt(average)}`;
    })
    .join(', ');
}

/** A process (or group, like PostgreSQL's backends) whose CPU time a phase reports. */
interface Watched {
  name: string;
  pids: () => number[] | Promise<number[]>;
}

const watchChild = (child: Child): Watched => ({
  name: child.name,
  pids: () => (child.child.pid === undefined ? [] : [child.child.pid]),
});

// ---- load ----

interface PhaseResult {
  name: string;
  connections: number;
  seconds: number;
  total: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
  cpu: Record<string, number>;
}

async function runPhase(
  name: string,
  url: string,
  connections: number,
  seconds: number,
  payloads: SignedPayload[],
  watched: Watched[],
  ledger: DeliveryLedger = { sent: new Set(), accepted: [], refused: [] },
): Promise<PhaseResult> {
  const cpuOf = async (watch: Watched) =>
    (await watch.pids()).reduce((sum, pid) => sum + processStats(pid).cpuSeconds, 0);
  const before = Object.fromEntries(
    await Promise.all(watched.map(async (watch) => [watch.name, await cpuOf(watch)])),
  );
  const ownBefore = process.cpuUsage();
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    requests: requestsFor(payloads, ledger),
  });
  const own = process.cpuUsage(ownBefore);
  const cpu: Record<string, number> = Object.fromEntries(
    await Promise.all(
      watched.map(async (watch) => [
        watch.name,
        ((await cpuOf(watch)) - (before[watch.name] ?? 0)) / result.duration,
      ]),
    ),
  );
  cpu['load generator'] = (own.user + own.system) / 1e6 / result.duration;
  return {
    name,
    connections,
    seconds: result.duration,
    total: result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'],
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    perSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpu,
  };
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function printPhase(phase: PhaseResult): void {
  const cpu = Object.entries(phase.cpu)
    .map(([name, cores]) => `${name} ${fmt(cores, 2)}`)
    .join(', ');
  console.log(
    `  ${phase.name.padEnd(26)} c=${String(phase.connections).padStart(2)}  2xx/s ${fmt(phase.perSecond).padStart(7)}  p50 ${fmt(phase.p50)} ms  p99 ${fmt(phase.p99)} ms  ` +
      `2xx ${phase.ok2xx}  non-2xx ${phase.non2xx}  errors ${phase.errors}${cpu ? `  cpu cores: ${cpu}` : ''}`,
  );
}

// ---- main ----

async function main(): Promise<[string, boolean][]> {
  const secret = randomBytes(16).toString('hex');
  const payloads = await signedPayloads(secret);
  const averageKb = payloads.reduce((sum, payload) => sum + payload.body.length, 0) / payloads.length / 1024;
  const database = await createBenchDatabase(adminUrl);
  const databaseName = database.name;
  const databaseUrl = database.url;

  const children: Child[] = [];
  const checks: [string, boolean][] = [];
  try {
    const migrate = startNode('migrate', 'src/control-plane/migrate-cli.js', {
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
    });
    const migrateCode = await new Promise<number | null>((resolve) => migrate.child.once('exit', resolve));
    if (migrateCode !== 0) throw new Error(`migrate failed: ${migrate.stderr()}`);

    const [grpcPort, cpHttpPort, edgePort, barePort] = await Promise.all([
      getPort(),
      getPort(),
      getPort(),
      getPort(),
    ]);
    const processEnv = benchPlatformEnv({
      logLevel,
      controlPlaneNodeOptions,
      edgeNodeOptions,
      databaseUrl,
      grpcPort,
      httpPort: cpHttpPort,
      edgePort,
      webhookSecret: secret,
    });
    const controlPlane = startNode(
      'control-plane',
      'src/control-plane/main.js',
      {
        ...processEnv.controlPlane,
        CODEXK8S_WORKER_ENABLED: 'false',
      },
      true,
    );
    children.push(controlPlane);
    await waitFor(`http://127.0.0.1:${cpHttpPort}/health/readyz`, controlPlane);
    const edge = startNode('edge', 'src/edge/main.js', processEnv.edge, true);
    children.push(edge);
    await waitFor(`http://127.0.0.1:${edgePort}/health/readyz`, edge);

    const edgeUrl = `http://127.0.0.1:${edgePort}`;
    console.log(
      `webhook ingest benchmark: ${payloads.length} payloads (avg ${fmt(averageKb)} KiB), ${fmt(runShare * 100, 0)} % of deliveries start a run, log level ${logLevel}, ` +
        `NODE_OPTIONS edge "${edgeNodeOptions}" control-plane "${controlPlaneNodeOptions}", ` +
        `database ${databaseName}, load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
    );
    // PostgreSQL's backends serving this database (the pool's connections), for the CPU account.
    const monitor = new pg.Client({ connectionString: databaseUrl });
    await monitor.connect();
    const postgres: Watched = {
      name: 'postgres',
      pids: async () =>
        (
          await monitor.query<{ pid: number }>(
            'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
          )
        ).rows.map((row) => row.pid),
    };
    const platform = [watchChild(edge), watchChild(controlPlane), postgres];
    const ledger: DeliveryLedger = { sent: new Set(), accepted: [], refused: [] };
    const phases: PhaseResult[] = [];
    if (warmupSeconds > 0)
      phases.push(
        await runPhase(
          'platform warm-up',
          edgeUrl,
          latencyConnections,
          warmupSeconds,
          payloads,
          platform,
          ledger,
        ),
      );
    const metricsUrls = [`${edgeUrl}/metrics`, `http://127.0.0.1:${cpHttpPort}/metrics`] as const;
    const beforeThroughput = await stageTimes(...metricsUrls);
    const throughput = await runPhase(
      'platform throughput',
      edgeUrl,
      throughputConnections,
      durationSeconds,
      payloads,
      platform,
      ledger,
    );
    phases.push(throughput);
    const afterThroughput = await stageTimes(...metricsUrls);
    const latency = await runPhase(
      'platform latency',
      edgeUrl,
      latencyConnections,
      durationSeconds,
      payloads,
      platform,
      ledger,
    );
    phases.push(latency);
    const afterLatency = await stageTimes(...metricsUrls);
    const memory = {
      edge: await heapSummary(`${edgeUrl}/metrics`),
      'control-plane': await heapSummary(`http://127.0.0.1:${cpHttpPort}/metrics`),
    };
    await monitor.end();
    const edgeStats = processStats(edge.child.pid);
    const controlPlaneStats = processStats(controlPlane.child.pid);

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    // Let requests the load generator abandoned at the end of a phase finish on the server first.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const stored = await client.query<{
      deliveries: number;
      runs: number;
      ran: number;
      events: number;
      runless: number;
    }>(
      `select (select count(*)::int from webhook_deliveries) as deliveries,
              (select count(*)::int from agent_runs) as runs,
              (select count(*)::int from webhook_deliveries where outcome = 'run') as ran,
              (select count(*)::int from flow_events where event_type in ('webhook.received', 'webhook.ignored')) as events,
              (select count(*)::int from webhook_deliveries d
                 where d.outcome = 'run' and not exists (select 1 from agent_runs r where r.id = d.run_id)) as runless`,
    );
    const storedIds = new Set(
      (await client.query<{ id: string }>('select delivery_id as id from webhook_deliveries')).rows.map(
        (row) => row.id,
      ),
    );
    await client.end();
    const acceptedIds = new Set(ledger.accepted);
    const acceptedMissing = ledger.accepted.filter((id) => !storedIds.has(id)).length;
    const refusedStored = ledger.refused.filter((id) => storedIds.has(id)).length;
    const neverSent = [...storedIds].filter((id) => !ledger.sent.has(id)).length;
    // Autocannon ends a phase by closing its sockets: requests in flight then were stored but their answer never read.
    const cutOff = [...storedIds].filter((id) => !acceptedIds.has(id) && ledger.sent.has(id)).length;
    const inFlightAtEnd = ledger.sent.size - ledger.accepted.length - ledger.refused.length;
    const platform2xx = phases.reduce((sum, phase) => sum + phase.ok2xx, 0);
    const platformNon2xx = phases.reduce((sum, phase) => sum + phase.non2xx + phase.errors, 0);
    await stop(edge);
    await stop(controlPlane);

    let bare: PhaseResult | undefined;
    let bareStats: { peakRssMb: number } | undefined;
    if (!skipBare) {
      const receiver = startNode('bare', 'bench/bare-receiver.js', {
        BENCH_WEBHOOK_SECRET: secret,
        BENCH_PORT: String(barePort),
      });
      children.push(receiver);
      await waitFor(`http://127.0.0.1:${barePort}/health/livez`, receiver);
      const bareUrl = `http://127.0.0.1:${barePort}`;
      if (warmupSeconds > 0)
        phases.push(
          await runPhase('bare warm-up', bareUrl, latencyConnections, warmupSeconds, payloads, [
            watchChild(receiver),
          ]),
        );
      bare = await runPhase('bare throughput', bareUrl, throughputConnections, durationSeconds, payloads, [
        watchChild(receiver),
      ]);
      phases.push(bare);
      phases.push(
        await runPhase('bare latency', bareUrl, latencyConnections, durationSeconds, payloads, [
          watchChild(receiver),
        ]),
      );
      bareStats = processStats(receiver.child.pid);
      await stop(receiver);
    }

    console.log('phases:');
    for (const phase of phases) printPhase(phase);
    console.log(`summary (${benchFastPathsLabel}):`);
    console.log(
      `  accepted/s at ${throughputConnections} connections: ${fmt(throughput.perSecond)} (target ≥ ${targets.acceptedPerSecond})`,
    );
    console.log(
      `  latency at ${latencyConnections} connections: p50 ${fmt(latency.p50)} ms, p99 ${fmt(latency.p99)} ms (target p99 < ${targets.p99Ms} ms)`,
    );
    console.log(`  non-2xx (and errors) on the platform: ${platformNon2xx}`);
    console.log(
      `  peak RSS: edge ${fmt(edgeStats.peakRssMb)} MiB (< ${targets.edgeRssMb}), control-plane ${fmt(controlPlaneStats.peakRssMb)} MiB (< ${targets.controlPlaneRssMb})` +
        (bareStats ? `, bare receiver ${fmt(bareStats.peakRssMb)} MiB` : ''),
    );
    console.log(
      `  where the time goes, throughput phase: ${stageSummary(beforeThroughput, afterThroughput)}`,
    );
    console.log(`  where the time goes, latency phase: ${stageSummary(afterThroughput, afterLatency)}`);
    for (const [name, summary] of Object.entries(memory))
      console.log(`  memory after load, ${name}: ${summary}`);
    if (bare)
      console.log(
        `  ratio to the bare receiver (throughput): ${fmt((throughput.perSecond / bare.perSecond) * 100)} % of ${fmt(bare.perSecond)}/s`,
      );
    const counts = stored.rows[0];
    console.log(
      `  stored: ${counts?.deliveries} deliveries (${counts?.ran} started a run: ${counts?.runs} runs; ${counts?.events} webhook.received/ignored events) = ${platform2xx} 2xx answers + ${cutOff} ` +
        `requests cut off in flight when a phase ended (${inFlightAtEnd} unanswered); 2xx not stored: ${acceptedMissing}, non-2xx stored: ${refusedStored}, stored but never sent: ${neverSent}`,
    );

    checks.push(
      [`accepted/s ≥ ${targets.acceptedPerSecond}`, throughput.perSecond >= targets.acceptedPerSecond],
      [`p99 < ${targets.p99Ms} ms`, latency.p99 < targets.p99Ms],
      ['zero non-2xx', platformNon2xx === 0],
      [
        'deliveries recorded = 2xx answers (+ answers cut off at phase ends), runs = deliveries that started one',
        ledger.accepted.length === platform2xx &&
          acceptedMissing === 0 &&
          refusedStored === 0 &&
          neverSent === 0 &&
          cutOff <= inFlightAtEnd &&
          counts?.deliveries === platform2xx + cutOff &&
          counts?.events === counts?.deliveries &&
          counts?.runs === counts?.ran &&
          counts?.runless === 0 &&
          Math.abs((counts?.ran ?? 0) / Math.max(counts?.deliveries ?? 1, 1) - runShare) < 0.05,
      ],
      [`edge RSS < ${targets.edgeRssMb} MiB`, edgeStats.peakRssMb < targets.edgeRssMb],
      [
        `control-plane RSS < ${targets.controlPlaneRssMb} MiB`,
        controlPlaneStats.peakRssMb < targets.controlPlaneRssMb,
      ],
    );
  } finally {
    for (const child of children) await stop(child);
    if (!keepDatabase) await database.drop();
  }
  return checks;
}

runBench(main);
