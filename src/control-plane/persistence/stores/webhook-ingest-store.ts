import { type Knex } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { type MikroORM } from '../orm.js';
import {
  type DeliveryOutcome,
  type DeliveryRecord,
  type WebhookIngestStore,
} from '../../domain/webhooks/ports.js';
import { checkedRow, column, type RowShape } from './rows.js';
import {
  asInvalidArgumentWhenDataRefused,
  asUnavailableWhenDisconnected,
  isRetryableTransactionError,
} from './sql-errors.js';

/**
 * The ingest hot path on MikroORM's connection (knex), in plain SQL: a whole batch of deliveries
 * is one statement — binding, learning mode, run insert and flow events in data-modifying CTEs —
 * so a batch costs one round trip and one commit. Each delivery's writes are atomic with it.
 *
 * The one exception is a race the statement cannot see: a delivery whose correlation id another
 * transaction inserted but committed after this statement's snapshot. ON CONFLICT waits for that
 * commit and skips the row, yet the statement's snapshot does not show the run. Those deliveries
 * (duplicates by definition, with nothing written yet) get their flow event in a second statement.
 */
const recordBatchSql = `
with params as (select ?::boolean as learning_mode_default),
input (ord, correlation_id, delivery_id, event_type, kind, carries_run, external_id, login, payload) as (
  values %ROWS%
),
binding as (
  select i.ord, r.id as repository_id, r.project_id, r.services_yaml_path,
         m.learning_mode_override as member_override,
         case when jsonb_typeof(p.settings -> 'learning_mode_default') = 'boolean'
              then (p.settings ->> 'learning_mode_default')::boolean end as project_default
    from input i
    join repositories r on r.provider = 'github' and r.external_id = i.external_id
    join projects p on p.id = r.project_id
    left join lateral (
      -- GitHub logins are case-insensitive; should several users carry one login, any set override wins.
      select pm.learning_mode_override
        from users u
        join project_members pm on pm.user_id = u.id and pm.project_id = r.project_id
       where i.login is not null and lower(u.github_login) = lower(i.login) and pm.learning_mode_override is not null
       order by u.created_at
       limit 1
    ) m on true
   where i.carries_run
),
decided as (
  select i.ord, i.correlation_id, i.payload, b.repository_id, b.project_id, b.services_yaml_path,
         coalesce(b.member_override, b.project_default, (select learning_mode_default from params)) as learning_mode
    from input i left join binding b on b.ord = i.ord
   where i.carries_run
),
inserted as (
  insert into agent_runs (correlation_id, project_id, learning_mode, run_payload)
  select d.correlation_id, d.project_id, d.learning_mode,
         d.payload || jsonb_build_object(
           'project', jsonb_build_object('id', d.project_id, 'repository_id', d.repository_id,
                                         'services_yaml', d.services_yaml_path, 'binding_resolved', d.repository_id is not null),
           'learning_mode', d.learning_mode)
    from decided d
   -- one lock order for every batch, so concurrent batches never wait on each other in a cycle
   order by d.correlation_id
  on conflict (correlation_id) do nothing
  returning id, correlation_id
),
outcome as (
  select i.ord, i.correlation_id, i.delivery_id, i.event_type, i.kind,
         -- a per-row index lookup, only for deliveries whose run this statement did not insert
         case when ins.id is not null then ins.id
              when i.kind = 'run' then (select e.id from agent_runs e where e.correlation_id = i.correlation_id) end as run_id,
         (i.carries_run and ins.id is not null) as inserted
    from input i
    left join inserted ins on ins.correlation_id = i.correlation_id
),
events as (
  insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload)
  select o.correlation_id, 'system', 'github-webhook',
         case when o.kind = 'ping' then 'webhook.ping' when o.inserted then 'webhook.received' else 'webhook.duplicate' end,
         jsonb_build_object('delivery_id', o.delivery_id, 'event_type', o.event_type, 'inserted', o.inserted, 'run_id', o.run_id)
    from outcome o
   where o.kind = 'ping' or o.run_id is not null
   order by o.ord
  returning 1
)
select ord, run_id, inserted from outcome order by ord`;

/** The late duplicates of the race described above: their run is visible now; record the flow event. */
const recordLateDuplicatesSql = `
with input as (
  select * from json_to_recordset(?::json) as i(ord int, correlation_id text, delivery_id text, event_type text)
),
resolved as (
  select i.ord, i.correlation_id, i.delivery_id, i.event_type, r.id as run_id
    from input i join agent_runs r on r.correlation_id = i.correlation_id
),
events as (
  insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload)
  select correlation_id, 'system', 'github-webhook', 'webhook.duplicate',
         jsonb_build_object('delivery_id', delivery_id, 'event_type', event_type, 'inserted', false, 'run_id', run_id)
    from resolved order by ord
  returning 1
)
select ord, run_id from resolved order by ord`;

const outcomeRow = z.object({
  ord: column.integer,
  run_id: column.text.nullable(),
  inserted: column.boolean,
});

const lateDuplicateRow = z.object({ ord: column.integer, run_id: column.text });

const inputRow = '(?::int, ?::text, ?::text, ?::text, ?::text, ?::boolean, ?::bigint, ?::text, ?::jsonb)';
const recordBatchSqlByRows = new Map<number, string>();

/** The statement for a batch of `rows` records (cached: batch sizes repeat). */
function recordBatchSqlFor(rows: number): string {
  let sql = recordBatchSqlByRows.get(rows);
  if (!sql) {
    sql = recordBatchSql.replace('%ROWS%', Array.from({ length: rows }, () => inputRow).join(',\n         '));
    if (recordBatchSqlByRows.size < 256) recordBatchSqlByRows.set(rows, sql);
  }
  return sql;
}

/**
 * The run payload as JSON text without `project` and `learning_mode` (the statement adds them):
 * the raw delivery is spliced in as received (already validated JSON) rather than parsed and
 * re-serialized, so PostgreSQL parses each payload exactly once.
 */
function runPayloadJson(record: DeliveryRecord): string {
  const head = JSON.stringify(record.head);
  return `${head.slice(0, -1)},"raw_payload":${record.rawJson}}`;
}

function bindingsFor(records: readonly DeliveryRecord[], learningModeDefault: boolean): Knex.RawBinding[] {
  const bindings: Knex.RawBinding[] = [learningModeDefault];
  records.forEach((record, ord) => {
    bindings.push(
      ord,
      record.correlationId,
      record.deliveryId,
      record.eventType,
      record.kind,
      record.carriesRun,
      record.repositoryExternalId,
      record.senderLogin,
      record.carriesRun ? runPayloadJson(record) : null,
    );
  });
  return bindings;
}

export class SqlWebhookIngestStore implements WebhookIngestStore {
  constructor(
    private readonly orm: MikroORM,
    private readonly maxAttempts = 3,
  ) {}

  async recordDeliveries(
    records: readonly DeliveryRecord[],
    learningModeDefault: boolean,
  ): Promise<DeliveryOutcome[]> {
    const rows = await this.execute(
      outcomeRow,
      recordBatchSqlFor(records.length),
      bindingsFor(records, learningModeDefault),
    );
    const outcomes: DeliveryOutcome[] = records.map(() => ({ runId: null, inserted: false }));
    for (const row of rows) outcomes[row.ord] = { runId: row.run_id, inserted: row.inserted };

    const late = records.flatMap((record, ord) =>
      record.kind === 'run' && outcomes[ord]?.runId === null ? [{ ord, record }] : [],
    );
    if (late.length > 0) {
      const input = JSON.stringify(
        late.map(({ ord, record }) => ({
          ord,
          correlation_id: record.correlationId,
          delivery_id: record.deliveryId,
          event_type: record.eventType,
        })),
      );
      for (const row of await this.execute(lateDuplicateRow, recordLateDuplicatesSql, [input])) {
        outcomes[row.ord] = { runId: row.run_id, inserted: false };
      }
    }
    return outcomes;
  }

  private async execute<Row>(
    shape: RowShape<Row>,
    sql: string,
    bindings: readonly Knex.RawBinding[],
  ): Promise<Row[]> {
    const knex = this.orm.em.getConnection().getKnex();
    for (let attempt = 1; ; attempt += 1) {
      let rows: unknown[];
      try {
        rows = (await knex.raw<{ rows: unknown[] }>(sql, bindings)).rows;
      } catch (error) {
        if (attempt < this.maxAttempts && isRetryableTransactionError(error)) continue;
        throw asInvalidArgumentWhenDataRefused(asUnavailableWhenDisconnected(error), 'payload');
      }
      return rows.map((row) => checkedRow(shape, row, sql));
    }
  }
}
