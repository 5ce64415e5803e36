import { type MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import {
  type DeliveryRecoveryStore,
  type LeaseResult,
  type RecoveryState,
  type WalkRecord,
  walkStatuses,
} from '../../domain/delivery-recovery/ports.js';
import { column } from './rows.js';
import { execute, query, queryOne, uuidArrayLiteral } from './sql.js';

/** `now() + lease`, from the database clock so replicas with skewed clocks agree on expiry. */
const leaseUntil = `now() + make_interval(secs => ?)`;

const dueSql = `
select r.id
  from repositories r
  left join delivery_recovery_state s on s.repository_id = r.id
 where r.provider = 'github' and r.webhook_id is not null
   and (s.lease_until is null or s.lease_until < now())
   and (s.not_before is null or s.not_before <= now())
   and (s.last_walk_at is null or s.last_walk_at < now() - make_interval(secs => ?))
 order by s.last_walk_at asc nulls first, r.id`;

/**
 * One statement: the state row is created on first use, and the lease taken only when it is free
 * or expired (or already ours) and no rate limit holds the repository back. What the walk needs of
 * the repository comes with it; when the lease was not taken, why.
 */
const acquireSql = `
with repository as (
  select r.id, r.project_id, r.owner, r.name, r.webhook_id, r.token_encrypted from repositories r where r.id = ?::uuid
),
leased as (
  -- ON CONFLICT DO UPDATE locks the row and re-checks its WHERE on the latest version: one winner.
  insert into delivery_recovery_state as s (repository_id, lease_owner, lease_until)
  select id, ?, ${leaseUntil} from repository
  on conflict (repository_id) do update
     set lease_owner = excluded.lease_owner, lease_until = excluded.lease_until, updated_at = now()
   where (s.lease_until is null or s.lease_until < now() or s.lease_owner = excluded.lease_owner)
     and (s.not_before is null or s.not_before <= now())
     and (?::float8 = 0 or s.last_walk_at is null or s.last_walk_at < now() - make_interval(secs => ?::float8))
  returning s.newest_seen_delivery_id
)
select r.id, r.project_id, r.owner, r.name, r.webhook_id, r.token_encrypted,
       (select count(*) from leased)::int as leased,
       (select newest_seen_delivery_id from leased) as newest_seen_delivery_id,
       (select not_before from delivery_recovery_state s where s.repository_id = r.id and s.not_before > now()) as not_before,
       coalesce((select s.last_walk_at >= now() - make_interval(secs => ?::float8) from delivery_recovery_state s
                  where s.repository_id = r.id and ?::float8 > 0), false) as recent
  from repository r`;

const acquiredRow = z.object({
  id: column.text,
  project_id: column.text,
  owner: column.text,
  name: column.text,
  webhook_id: column.bigint.nullable(),
  token_encrypted: z.instanceof(Buffer),
  leased: column.integer,
  newest_seen_delivery_id: column.bigint.nullable(),
  not_before: column.timestamp.nullable(),
  recent: column.boolean,
});

/** Releases the lease, records the walk and, for a failed walk, its flow event, in one statement. */
const finishSql = `
with walk as (
  update delivery_recovery_state s
     set lease_owner = null, lease_until = null, updated_at = now(), last_walk_at = now(),
         last_outcome = ?, last_error = ?, last_checked = ?, last_recovered = ?,
         recovered_total = s.recovered_total + ?,
         newest_seen_delivery_id = greatest(s.newest_seen_delivery_id, ?::bigint),
         not_before = ?::timestamptz
   where s.repository_id = ?::uuid and s.lease_owner = ?
  returning s.repository_id
)
insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload)
select 'delivery-recovery:' || w.repository_id, 'system', 'delivery-recovery', 'webhook.recovery_failed', ?::jsonb
  from walk w
 where ?::text <> 'ok'`;

const stateRow = z.object({
  repository_id: column.text,
  last_walk_at: column.timestamp.nullable(),
  last_outcome: column.oneOf(walkStatuses).nullable(),
  last_error: column.text.nullable(),
  last_checked: column.integer,
  last_recovered: column.integer,
  recovered_total: column.bigint,
});

/** The walk state and leases of SPEC §14, in short autocommit statements (walks call GitHub between them). */
export class SqlDeliveryRecoveryStore implements DeliveryRecoveryStore {
  constructor(private readonly orm: MikroORM) {}

  async dueRepositoryIds(recentMs: number): Promise<string[]> {
    return (await query(this.orm, z.object({ id: column.text }), dueSql, [recentMs / 1000])).map(
      (row) => row.id,
    );
  }

  async acquire(
    repositoryId: string,
    owner: string,
    leaseMs: number,
    recentMs: number,
  ): Promise<LeaseResult> {
    const recentSeconds = recentMs / 1000;
    const row = await queryOne(this.orm, acquiredRow, acquireSql, [
      repositoryId,
      owner,
      leaseMs / 1000,
      recentSeconds,
      recentSeconds,
      recentSeconds,
      recentSeconds,
    ]);
    if (!row) return { kind: 'missing' };
    if (row.leased === 0) {
      if (row.not_before) return { kind: 'backoff', until: row.not_before };
      return row.recent ? { kind: 'recent' } : { kind: 'busy' };
    }
    return {
      kind: 'acquired',
      target: {
        repositoryId: row.id,
        projectId: row.project_id,
        owner: row.owner,
        name: row.name,
        hookId: row.webhook_id,
        tokenEncrypted: row.token_encrypted,
        newestSeenDeliveryId: row.newest_seen_delivery_id,
      },
    };
  }

  async renew(repositoryId: string, owner: string, leaseMs: number): Promise<boolean> {
    const row = await queryOne(
      this.orm,
      z.object({ repository_id: column.text }),
      `update delivery_recovery_state set lease_until = ${leaseUntil}, updated_at = now()
        where repository_id = ?::uuid and lease_owner = ? returning repository_id`,
      [leaseMs / 1000, repositoryId, owner],
    );
    return row !== null;
  }

  async recordedDeliveryIds(deliveryIds: readonly string[]): Promise<Set<string>> {
    if (deliveryIds.length === 0) return new Set();
    const rows = await query(
      this.orm,
      z.object({ delivery_id: column.text }),
      `select delivery_id from webhook_deliveries
        where delivery_id = any (select value from jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify(deliveryIds)],
    );
    return new Set(rows.map((row) => row.delivery_id));
  }

  async finish(repositoryId: string, owner: string, walk: WalkRecord): Promise<void> {
    const failure = {
      repository_id: repositoryId,
      reason: walk.status,
      error: walk.error,
      checked: walk.checked,
      recovered: walk.recovered,
      retry_at: walk.notBefore?.toISOString() ?? null,
    };
    await execute(this.orm, finishSql, [
      walk.status,
      walk.error,
      walk.checked,
      walk.recovered,
      walk.recovered,
      walk.newestSeenDeliveryId,
      walk.notBefore?.toISOString() ?? null,
      repositoryId,
      owner,
      JSON.stringify(failure),
      walk.status,
    ]);
  }

  async release(repositoryId: string, owner: string, recovered: number): Promise<void> {
    await execute(
      this.orm,
      `update delivery_recovery_state
          set lease_owner = null, lease_until = null, recovered_total = recovered_total + ?, updated_at = now()
        where repository_id = ?::uuid and lease_owner = ?`,
      [recovered, repositoryId, owner],
    );
  }

  async states(repositoryIds: readonly string[]): Promise<Map<string, RecoveryState>> {
    if (repositoryIds.length === 0) return new Map();
    const rows = await query(
      this.orm,
      stateRow,
      `select repository_id, last_walk_at, last_outcome, last_error, last_checked, last_recovered, recovered_total
         from delivery_recovery_state where repository_id = any (?::uuid[])`,
      [uuidArrayLiteral(repositoryIds)],
    );
    return new Map(
      rows.map((row) => [
        row.repository_id,
        {
          repositoryId: row.repository_id,
          lastWalkAt: row.last_walk_at,
          lastOutcome: row.last_outcome,
          lastError: row.last_error,
          lastChecked: row.last_checked,
          lastRecovered: row.last_recovered,
          recoveredTotal: row.recovered_total,
        },
      ]),
    );
  }
}
