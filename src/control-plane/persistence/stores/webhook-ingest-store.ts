import { randomUUID } from 'node:crypto';
import { type Knex } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { type MikroORM } from '../orm.js';
import { projectRoles } from '../../../shared/contract/project-role.js';
import { deliveryOutcomes, ignoreReasons } from '../../domain/webhooks/delivery-outcome.js';
import { type DeliveryRecovery } from '../../domain/webhooks/delivery.js';
import {
  type DeliveryRecord,
  type IngestContext,
  type IngestContextQuery,
  type RecordedDelivery,
  type RetryRecord,
  type WebhookIngestStore,
} from '../../domain/webhooks/ports.js';
import { runStatuses } from '../../../shared/contract/run-status.js';
import { checkedRow, column, type RowShape } from './rows.js';
import { insertRerun, isFinished } from './run-rerun-store.js';
import { execute, queryOne } from './sql.js';
import { inTransaction } from './transactor.js';
import {
  asInvalidArgumentWhenDataRefused,
  asUnavailableWhenDisconnected,
  isRetryableTransactionError,
} from './sql-errors.js';

/**
 * The ingest hot path on MikroORM's connection (knex), in plain SQL, two round trips per batch of
 * deliveries: one read of what the domain's rules decide on, one statement writing what they
 * decided — the delivery rows, the runs and the flow events in data-modifying CTEs, so a batch
 * costs one commit and each delivery's writes are atomic with it.
 *
 * The delivery row is the gate: a run is inserted only for a delivery this statement recorded, so
 * concurrent copies of one delivery id (even ones the rules judged differently, say around a policy
 * change) end with one row, one outcome and at most one run. One race the statement cannot see: a
 * delivery another transaction recorded but committed after this statement's snapshot. ON CONFLICT
 * waits for that commit and skips the row, yet the snapshot does not show it. Those deliveries
 * (duplicates by definition, with nothing written yet) get their flow event in a second statement.
 */

/** The bound repositories (with their project's settings) and the senders' memberships in those projects. */
const readContextSql = `
with bound as (
  select r.external_id, r.id, r.project_id, r.services_yaml_path, p.settings
    from repositories r join projects p on p.id = r.project_id
   where r.provider = 'github'
     and r.external_id = any (select value::bigint from jsonb_array_elements_text(?::jsonb))
)
select
  (select coalesce(json_agg(json_build_object(
            'external_id', b.external_id, 'repository_id', b.id, 'project_id', b.project_id,
            'services_yaml_path', b.services_yaml_path, 'settings', b.settings)), '[]'::json)
     from bound b) as repositories,
  (select coalesce(json_agg(json_build_object(
            'login', lower(u.github_login), 'project_id', m.project_id, 'role', m.role,
            'learning_mode_override', m.learning_mode_override) order by u.created_at, u.id), '[]'::json)
     from users u join project_members m on m.user_id = u.id
    where u.github_login is not null
      and lower(u.github_login) = any (select value from jsonb_array_elements_text(?::jsonb))
      and m.project_id in (select project_id from bound)) as memberships`;

const contextRow = z.object({
  repositories: z.array(
    z.object({
      external_id: z.number().int(),
      repository_id: column.text,
      project_id: column.text,
      services_yaml_path: column.text,
      settings: column.json,
    }),
  ),
  memberships: z.array(
    z.object({
      login: column.text,
      project_id: column.text,
      role: column.oneOf(projectRoles),
      learning_mode_override: column.boolean.nullable(),
    }),
  ),
});

const recordBatchSql = `
with input (ord, delivery_id, correlation_id, event, action, repository_external_id, repository_full_name,
            sender_login, received_at, project_id, carries, outcome, reason, new_run_id, learning_mode, reports, payload,
            recovery) as (
  values %ROWS%
),
carried as (
  -- A new delivery decided 'run' joins the run of its correlation id if one exists (started before
  -- deliveries were recorded on their own); otherwise its run gets the id chosen here.
  select i.*,
         case when i.outcome = 'run'
              then coalesce((select e.id from agent_runs e where e.correlation_id = i.correlation_id), i.new_run_id)
         end as run_id
    from input i
   where i.carries
),
recorded as (
  insert into webhook_deliveries (delivery_id, event, action, repository_external_id, repository_full_name,
                                  sender_login, received_at, project_id, outcome, reason, run_id)
  select delivery_id, event, action, repository_external_id, repository_full_name,
         sender_login, received_at, project_id, outcome, reason, run_id
    from carried
   -- one lock order for every batch, so concurrent batches never wait on each other in a cycle
   order by delivery_id
  on conflict (delivery_id) do nothing
  returning delivery_id
),
started as (
  insert into agent_runs (id, correlation_id, project_id, learning_mode, run_payload)
  select c.run_id, c.correlation_id, c.project_id, c.learning_mode, c.payload
    from carried c join recorded r on r.delivery_id = c.delivery_id
   where c.run_id = c.new_run_id
   order by c.correlation_id
  returning id
),
reported as (
  -- The new run's GitHub report (SPEC §13): its outbox row, in the same statement as the run.
  insert into github_reports (run_id, state)
  select c.run_id, 'pending'
    from carried c join recorded r on r.delivery_id = c.delivery_id
   where c.run_id = c.new_run_id and c.reports
   order by c.run_id
  returning 1
),
outcome as (
  select i.ord, i.delivery_id, i.correlation_id, i.event, i.recovery, (i.carries and r.delivery_id is not null) as recorded,
         (i.carries and r.delivery_id is not null and (c.outcome = 'ignored' or c.run_id = c.new_run_id)) as inserted,
         case when r.delivery_id is not null then c.outcome else s.outcome end as outcome,
         case when r.delivery_id is not null then c.reason else s.reason end as reason,
         case when r.delivery_id is not null then c.run_id else s.run_id end as run_id
    from input i
    left join recorded r on r.delivery_id = i.delivery_id
    left join carried c on c.delivery_id = i.delivery_id
    -- an index lookup, only for deliveries recorded before this statement
    left join webhook_deliveries s on r.delivery_id is null and s.delivery_id = i.delivery_id
),
events as (
  insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload)
  select e.correlation_id, 'system', e.actor_id, e.event_type, e.payload
    from (
      select o.ord, 0 as nth, o.correlation_id, 'github-webhook' as actor_id,
             case when not o.inserted then 'webhook.duplicate'
                  when o.outcome = 'run' then 'webhook.received'
                  when o.reason = 'ping' then 'webhook.ping'
                  else 'webhook.ignored' end as event_type,
             %EVENT_PAYLOAD% as payload
        from outcome o
       where o.outcome is not null
      union all
      -- a delivery recovered from GitHub's delivery log (SPEC §14), by the copy that stored it
      select o.ord, 1, o.correlation_id, 'delivery-recovery', 'webhook.recovered', %EVENT_PAYLOAD% || o.recovery
        from outcome o
       where o.recorded and o.recovery is not null
    ) e
   order by e.ord, e.nth
  returning 1
)
select ord, inserted, outcome, reason, run_id::text as run_id from outcome order by ord`;

/** The late duplicates of the race described above: their delivery is visible now; record the flow event. */
const recordLateDuplicatesSql = `
with input as (
  select * from json_to_recordset(?::json) as i(ord int, correlation_id text, delivery_id text, event text)
),
resolved as (
  select i.ord, i.correlation_id, i.delivery_id, i.event, false as inserted, w.outcome, w.reason, w.run_id
    from input i join webhook_deliveries w on w.delivery_id = i.delivery_id
),
events as (
  insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload)
  select o.correlation_id, 'system', 'github-webhook', 'webhook.duplicate', %EVENT_PAYLOAD%
    from resolved o order by o.ord
  returning 1
)
select ord, inserted, outcome, reason, run_id::text as run_id from resolved order by ord`;

/** A flow event's payload from an `o` row: the ingest's fields, and why for an ignored delivery. */
const eventPayloadSql = `jsonb_build_object('delivery_id', o.delivery_id, 'event_type', o.event, 'inserted', o.inserted, 'run_id', o.run_id)
           || case when o.outcome = 'ignored' then jsonb_build_object('outcome', o.outcome, 'reason', o.reason) else '{}'::jsonb end`;

const recordedRow = z.object({
  ord: column.integer,
  inserted: column.boolean.nullable(),
  outcome: column.oneOf(deliveryOutcomes).nullable(),
  reason: column.oneOf(ignoreReasons).nullable(),
  run_id: column.text.nullable(),
});

const inputRow =
  '(?::int, ?::text, ?::text, ?::text, ?::text, ?::bigint, ?::text, ?::text, ?::timestamptz, ?::uuid, ?::boolean, ?::text, ?::text, ?::uuid, ?::boolean, ?::boolean, ?::jsonb, ?::jsonb)';
const recordBatchSqlByRows = new Map<number, string>();
const lateDuplicatesSql = recordLateDuplicatesSql.replace('%EVENT_PAYLOAD%', eventPayloadSql);

/** The statement for a batch of `rows` records (cached: batch sizes repeat). */
function recordBatchSqlFor(rows: number): string {
  let sql = recordBatchSqlByRows.get(rows);
  if (!sql) {
    sql = recordBatchSql
      .replace('%ROWS%', Array.from({ length: rows }, () => inputRow).join(',\n         '))
      .replaceAll('%EVENT_PAYLOAD%', eventPayloadSql);
    if (recordBatchSqlByRows.size < 256) recordBatchSqlByRows.set(rows, sql);
  }
  return sql;
}

/**
 * The run payload as JSON text: the raw delivery is spliced in as received (already validated
 * JSON) rather than parsed and re-serialized, so PostgreSQL parses each payload exactly once.
 */
function runPayloadJson(head: object, rawJson: string): string {
  return `${JSON.stringify(head).slice(0, -1)},"raw_payload":${rawJson}}`;
}

function bindingsFor(records: readonly DeliveryRecord[]): Knex.RawBinding[] {
  const bindings: Knex.RawBinding[] = [];
  records.forEach((record, ord) => {
    const { decision } = record;
    if (decision.outcome === 'retry') throw new Error('a /codex retry delivery reached the batch statement');
    const run = record.carries && decision.outcome === 'run' ? decision : null;
    bindings.push(
      ord,
      record.deliveryId,
      record.correlationId,
      record.event,
      record.action,
      record.repositoryExternalId,
      record.repositoryFullName,
      record.senderLogin,
      record.receivedAt.toISOString(),
      record.projectId,
      record.carries,
      decision.outcome,
      decision.outcome === 'ignored' ? decision.reason : null,
      run ? randomUUID() : null,
      run ? run.learningMode : null,
      run ? run.reports : false,
      run ? runPayloadJson(run.runPayload, run.rawJson) : null,
      record.recovery ? JSON.stringify(recoveredFrom(record.recovery)) : null,
    );
  });
  return bindings;
}

/** What `webhook.recovered` adds to the delivery's facts: where in GitHub's log it came from, and when. */
function recoveredFrom(recovery: DeliveryRecovery): Record<string, string | number> {
  return {
    github_delivery_id: recovery.githubDeliveryId,
    delivered_at: recovery.deliveredAt.toISOString(),
    repository_id: recovery.repositoryId,
  };
}

function recordedFrom(row: z.output<typeof recordedRow>): RecordedDelivery | null {
  if (row.outcome === null) return null;
  return { inserted: row.inserted === true, outcome: row.outcome, reason: row.reason, runId: row.run_id };
}

export class SqlWebhookIngestStore implements WebhookIngestStore {
  constructor(
    private readonly orm: MikroORM,
    private readonly maxAttempts = 3,
  ) {}

  async readIngestContext(query: IngestContextQuery): Promise<IngestContext> {
    const [row] = await this.execute(
      contextRow,
      readContextSql,
      [JSON.stringify(query.repositoryExternalIds), JSON.stringify(query.senderLogins)],
      'codexk8s_webhook_ingest_context',
    );
    if (!row) throw new Error('the ingest context read answered no row');
    return {
      repositories: row.repositories.map((repository) => ({
        externalId: repository.external_id,
        repositoryId: repository.repository_id,
        projectId: repository.project_id,
        servicesYamlPath: repository.services_yaml_path,
        projectSettings: repository.settings,
      })),
      memberships: row.memberships.map((membership) => ({
        login: membership.login,
        projectId: membership.project_id,
        role: membership.role,
        learningModeOverride: membership.learning_mode_override,
      })),
    };
  }

  async recordDeliveries(records: readonly DeliveryRecord[]): Promise<RecordedDelivery[]> {
    const rows = await this.execute(recordedRow, recordBatchSqlFor(records.length), bindingsFor(records));
    const recorded: (RecordedDelivery | null)[] = records.map(() => null);
    for (const row of rows) recorded[row.ord] = recordedFrom(row);

    const late = records.flatMap((record, ord) => (recorded[ord] === null ? [{ ord, record }] : []));
    if (late.length > 0) {
      const input = JSON.stringify(
        late.map(({ ord, record }) => ({
          ord,
          correlation_id: record.correlationId,
          delivery_id: record.deliveryId,
          event: record.event,
        })),
      );
      for (const row of await this.execute(recordedRow, lateDuplicatesSql, [input]))
        recorded[row.ord] = recordedFrom(row);
    }
    return recorded.map((outcome, ord) => {
      if (!outcome) throw new Error(`delivery ${records[ord]?.deliveryId} was neither recorded nor found`);
      return outcome;
    });
  }

  recordRetry(record: RetryRecord, reportable: (payload: unknown) => boolean): Promise<RecordedDelivery> {
    return inTransaction(this.orm, async () => {
      // The latest run of this issue or pull request, locked: concurrent copies queue here.
      const latest = await queryOne(
        this.orm,
        z.object({
          id: column.text,
          correlation_id: column.text,
          status: column.oneOf(runStatuses),
          run_payload: column.json,
        }),
        `select id, correlation_id, status, run_payload from agent_runs
          where lower(repository_full_name) = lower(?) and run_payload #>> '{subject,number}' = ?
            and run_payload #>> '{subject,kind}' in ('issue', 'pull_request')
          order by created_at desc, id desc limit 1
          for update`,
        [record.decision.repositoryFullName, String(record.decision.number)],
      );
      const retries = latest !== null && isFinished(latest.status);
      const fields = [
        record.deliveryId,
        record.event,
        record.action,
        record.repositoryExternalId,
        record.repositoryFullName,
        record.senderLogin,
        record.receivedAt.toISOString(),
        record.projectId,
      ];
      const inserted = await queryOne(
        this.orm,
        z.object({ delivery_id: column.text }),
        `insert into webhook_deliveries (delivery_id, event, action, repository_external_id, repository_full_name,
                                         sender_login, received_at, project_id, outcome, reason)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (delivery_id) do nothing returning delivery_id`,
        [...fields, retries ? 'run' : 'ignored', retries ? null : 'nothing_to_retry'],
      );
      const event = (eventType: string, payload: Record<string, unknown>, actorId = 'github-webhook') =>
        execute(
          this.orm,
          `insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload)
           values (?, 'system', ?, ?, ?::jsonb)`,
          [record.correlationId, actorId, eventType, JSON.stringify(payload)],
        );
      // A retry recovered from GitHub's delivery log (SPEC §14) says so, like the batch statement's.
      const recovered = (payload: Record<string, unknown>) =>
        record.recovery
          ? event('webhook.recovered', { ...payload, ...recoveredFrom(record.recovery) }, 'delivery-recovery')
          : Promise.resolve();
      const base = { delivery_id: record.deliveryId, event_type: record.event };
      if (!inserted) {
        const stored = await queryOne(
          this.orm,
          z.object({
            outcome: column.oneOf(deliveryOutcomes),
            reason: column.oneOf(ignoreReasons).nullable(),
            run_id: column.text.nullable(),
          }),
          'select outcome, reason, run_id::text as run_id from webhook_deliveries where delivery_id = ?',
          [record.deliveryId],
        );
        if (!stored) throw new Error(`delivery ${record.deliveryId} was neither recorded nor found`);
        await event('webhook.duplicate', { ...base, inserted: false, run_id: stored.run_id });
        return { inserted: false, outcome: stored.outcome, reason: stored.reason, runId: stored.run_id };
      }
      if (!latest || !retries) {
        const ignored = {
          ...base,
          inserted: true,
          run_id: null,
          outcome: 'ignored',
          reason: 'nothing_to_retry',
        };
        await event('webhook.ignored', {
          ...ignored,
          ...(latest ? { latest_run_id: latest.id, latest_status: latest.status } : {}),
        });
        await recovered(ignored);
        return { inserted: true, outcome: 'ignored', reason: 'nothing_to_retry', runId: null };
      }
      const original = { id: latest.id, correlationId: latest.correlation_id, payload: latest.run_payload };
      const rerun = await insertRerun(
        this.orm,
        original,
        { type: 'system', id: 'github-webhook' },
        reportable(latest.run_payload),
        { delivery_id: record.deliveryId },
      );
      await execute(this.orm, 'update webhook_deliveries set run_id = ? where delivery_id = ?', [
        rerun.runId,
        record.deliveryId,
      ]);
      await event('webhook.received', { ...base, inserted: true, run_id: rerun.runId, rerun_of: latest.id });
      await recovered({ ...base, inserted: true, run_id: rerun.runId });
      return { inserted: true, outcome: 'run', reason: null, runId: rerun.runId };
    });
  }

  private async execute<Row>(
    shape: RowShape<Row>,
    sql: string,
    bindings: readonly Knex.RawBinding[],
    preparedName?: string,
  ): Promise<Row[]> {
    const knex = this.orm.em.getConnection().getKnex();
    for (let attempt = 1; ; attempt += 1) {
      let rows: unknown[];
      try {
        const statement = knex.raw<{ rows: unknown[] }>(sql, bindings);
        // A fixed text: each pooled connection parses and plans it once.
        if (preparedName) statement.options({ name: preparedName });
        rows = (await statement).rows;
      } catch (error) {
        if (attempt < this.maxAttempts && isRetryableTransactionError(error)) continue;
        throw asInvalidArgumentWhenDataRefused(asUnavailableWhenDisconnected(error), 'payload');
      }
      return rows.map((row) => checkedRow(shape, row, sql));
    }
  }
}
