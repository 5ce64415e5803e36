import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrateUp, openDatabase } from '../../src/control-plane/persistence/orm.js';
import { type Defer } from './cleanups.js';
import { createTestDatabase, type TestDatabase } from './database.js';

/** Applies the migrations to a test database (so it can be seeded before any control-plane starts). */
export async function migrate(db: TestDatabase): Promise<void> {
  const orm = await openDatabase({ url: db.url, poolMax: 1 });
  try {
    await migrateUp(orm);
  } finally {
    await orm.close();
  }
}

/** A fresh test database with the migrations applied, dropped by `defer`. */
export async function migratedTestDatabase(defer: Defer): Promise<TestDatabase> {
  const db = await createTestDatabase();
  defer(() => db.drop());
  await migrate(db);
  return db;
}

/** Seeds and inspects runs with SQL (tests only; the product writes them through the webhook ingest). */

export async function seedProject(db: TestDatabase, slug: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into projects (slug, name) values ($1, $1) returning id`,
    [slug],
  );
  return rows[0]!.id;
}

export interface SeedRunOptions {
  projectId: string | null;
  id?: string;
  repositoryFullName?: string | null;
  learningMode?: boolean;
  status?: 'pending' | 'running' | 'succeeded' | 'failed' | 'canceled';
  /** Extra top-level payload fields (e.g. `project` with the bound repository's id). */
  payload?: Record<string, unknown>;
}

/** A pending run (plus its `webhook.received` event), as the webhook ingest stores one. */
export async function seedRun(
  db: TestDatabase,
  options: SeedRunOptions,
): Promise<{ id: string; correlationId: string }> {
  const id = options.id ?? randomUUID();
  const correlationId = `delivery-${randomUUID()}`;
  const fullName =
    options.repositoryFullName === undefined ? 'octo-org/hello-world' : options.repositoryFullName;
  const payload = {
    source: 'github',
    delivery_id: correlationId,
    event: 'push',
    action: '',
    ...(fullName
      ? { repository: { id: 1, full_name: fullName, name: fullName.split('/')[1], private: false } }
      : {}),
    sender: { id: 7, login: 'octocat' },
    ...options.payload,
  };
  // One statement, as the ingest writes them: a dispatcher polling meanwhile never sees the run
  // without its webhook.received event (and never records run.started before it).
  await db.query(
    `with run as (
       insert into agent_runs (id, correlation_id, project_id, status, run_payload, learning_mode, finished_at)
       values ($1, $2, $3, $4, $5::jsonb, $6, case when $4 in ('succeeded', 'failed', 'canceled') then now() end)
       returning correlation_id)
     insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload)
     select correlation_id, 'system', 'github-webhook', 'webhook.received', $7::jsonb from run`,
    [
      id,
      correlationId,
      options.projectId,
      options.status ?? 'pending',
      JSON.stringify(payload),
      options.learningMode ?? false,
      JSON.stringify({ delivery_id: correlationId, event_type: 'push', inserted: true, run_id: id }),
    ],
  );
  return { id, correlationId };
}

export async function runStatus(db: TestDatabase, runId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ status: string }>(`select status from agent_runs where id = $1`, [runId]);
  return rows[0]?.status;
}

export interface StoredEvent {
  id: number;
  eventType: string;
  actorType: string;
  actorId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

export async function runEvents(db: TestDatabase, runId: string): Promise<StoredEvent[]> {
  const { rows } = await db.query<{
    id: string;
    event_type: string;
    actor_type: string;
    actor_id: string;
    payload: Record<string, unknown>;
    created_at: Date;
  }>(
    `select e.id, e.event_type, e.actor_type, e.actor_id, e.payload, e.created_at
     from flow_events e join agent_runs r on r.correlation_id = e.correlation_id where r.id = $1 order by e.id`,
    [runId],
  );
  return rows.map((row) => ({
    id: Number(row.id),
    eventType: row.event_type,
    actorType: row.actor_type,
    actorId: row.actor_id,
    payload: row.payload,
    createdAt: row.created_at,
  }));
}

export async function waitFor<T>(
  describe: string,
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${describe}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export function waitForStatus(
  db: TestDatabase,
  runId: string,
  status: string,
  timeoutMs = 15_000,
): Promise<true> {
  return waitFor(
    `run ${runId} to be ${status}`,
    async () => (await runStatus(db, runId)) === status,
    timeoutMs,
  );
}

/**
 * A worker command for the local launcher whose behaviour each test picks per run: it runs the shell
 * text written to `<dir>/<run id>` (default `true`), so one control-plane can show `true`, `false`
 * and a command past its deadline side by side.
 */
export function scriptedCommand(): {
  dir: string;
  command: string;
  script(runId: string, shell: string): void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'codexk8s-runs-'));
  return {
    dir,
    command: `c=$(cat "${dir}/$CODEXK8S_RUN_ID" 2>/dev/null || echo true); eval "$c"`,
    script: (runId, shell) => writeFileSync(path.join(dir, runId), shell),
  };
}

/** Env of a control-plane whose dispatcher runs fast enough for tests. */
export function dispatcherEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    CODEXK8S_WORKER_ENABLED: 'true',
    CODEXK8S_RUN_LAUNCHER: 'local',
    CODEXK8S_WORKER_POLL_INTERVAL: '100ms',
    CODEXK8S_WORKER_CLAIM_LIMIT: '4',
    CODEXK8S_WORKER_SLOTS_PER_PROJECT: '2',
    CODEXK8S_WORKER_SLOT_LEASE_TTL: '10s',
    ...overrides,
  };
}
