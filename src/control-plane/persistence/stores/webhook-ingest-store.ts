import { type Knex } from '@mikro-orm/postgresql';
import { type MikroORM } from '../orm.js';
import {
  type BindingLookup,
  type NewFlowEvent,
  type NewRun,
  type ResolvedBinding,
  type RunInsertOutcome,
  type WebhookIngestStore,
  type WebhookIngestTransaction,
} from '../../domain/webhooks/ports.js';
import { asUnavailableWhenDisconnected, isRetryableTransactionError } from './sql-errors.js';

/**
 * The ingest path in plain SQL on MikroORM's connection (knex): a few multi-row statements per
 * batch instead of entity flushes, because this is the platform's hot path. Placeholders are
 * knex's `?`; values always travel as bindings.
 */
export class SqlWebhookIngestStore implements WebhookIngestStore {
  constructor(
    private readonly orm: MikroORM,
    private readonly maxAttempts = 3,
  ) {}

  async transaction<T>(work: (tx: WebhookIngestTransaction) => Promise<T>): Promise<T> {
    const knex = this.orm.em.getConnection().getKnex();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await knex.transaction((trx) => work(new SqlWebhookIngestTransaction(trx)));
      } catch (error) {
        if (attempt < this.maxAttempts && isRetryableTransactionError(error)) continue;
        throw asUnavailableWhenDisconnected(error);
      }
    }
  }
}

interface BindingRow {
  ord: number;
  repository_id: string;
  project_id: string;
  services_yaml_path: string;
  project_default: boolean | null;
  member_override: boolean | null;
}

const placeholders = (rows: number, row: string) => Array.from({ length: rows }, () => row).join(', ');

class SqlWebhookIngestTransaction implements WebhookIngestTransaction {
  constructor(private readonly trx: Knex.Transaction) {}

  async resolveBindings(lookups: readonly BindingLookup[]): Promise<(ResolvedBinding | null)[]> {
    const input = JSON.stringify(lookups.map((lookup, ord) => ({ ord, external_id: lookup.repositoryExternalId, login: lookup.senderLogin })));
    // GitHub logins are case-insensitive; a login may in theory belong to several users, any set override wins.
    const result = await this.trx.raw<{ rows: BindingRow[] }>(
      `select q.ord, r.id as repository_id, r.project_id, r.services_yaml_path,
              case when jsonb_typeof(p.settings -> 'learning_mode_default') = 'boolean'
                   then (p.settings ->> 'learning_mode_default')::boolean end as project_default,
              m.learning_mode_override as member_override
         from jsonb_to_recordset(?::jsonb) as q(ord int, external_id bigint, login text)
         join repositories r on r.provider = 'github' and r.external_id = q.external_id
         join projects p on p.id = r.project_id
         left join lateral (
           select pm.learning_mode_override
             from users u
             join project_members pm on pm.user_id = u.id and pm.project_id = r.project_id
            where q.login is not null and lower(u.github_login) = lower(q.login) and pm.learning_mode_override is not null
            order by u.created_at
            limit 1
         ) m on true`,
      [input],
    );
    const answers: (ResolvedBinding | null)[] = lookups.map(() => null);
    for (const row of result.rows) {
      answers[row.ord] = {
        projectId: row.project_id,
        repositoryId: row.repository_id,
        servicesYamlPath: row.services_yaml_path,
        projectLearningModeDefault: row.project_default,
        memberLearningModeOverride: row.member_override,
      };
    }
    return answers;
  }

  async insertRunsIfAbsent(runs: readonly NewRun[]): Promise<Map<string, RunInsertOutcome>> {
    const bindings: Knex.RawBinding[] = [];
    for (const run of runs) bindings.push(run.correlationId, run.projectId, run.runPayloadJson, run.learningMode);
    const inserted = await this.trx.raw<{ rows: { id: string; correlation_id: string }[] }>(
      `insert into agent_runs (correlation_id, project_id, run_payload, learning_mode)
       values ${placeholders(runs.length, '(?, ?::uuid, ?::jsonb, ?)')}
       on conflict (correlation_id) do nothing
       returning id, correlation_id`,
      bindings,
    );
    const outcomes = new Map<string, RunInsertOutcome>();
    for (const row of inserted.rows) outcomes.set(row.correlation_id, { runId: row.id, inserted: true });
    const seenBefore = runs.filter((run) => !outcomes.has(run.correlationId)).map((run) => run.correlationId);
    if (seenBefore.length > 0) {
      // A new statement sees rows committed meanwhile (READ COMMITTED), including a concurrent
      // transaction's insert that our ON CONFLICT waited for.
      const existing = await this.trx.raw<{ rows: { id: string; correlation_id: string }[] }>(
        `select id, correlation_id from agent_runs where correlation_id in (${placeholders(seenBefore.length, '?')})`,
        seenBefore,
      );
      for (const row of existing.rows) outcomes.set(row.correlation_id, { runId: row.id, inserted: false });
    }
    return outcomes;
  }

  async appendFlowEvents(events: readonly NewFlowEvent[]): Promise<void> {
    if (events.length === 0) return;
    const bindings: Knex.RawBinding[] = [];
    for (const event of events) bindings.push(event.correlationId, event.actorType, event.actorId, event.eventType, JSON.stringify(event.payload));
    await this.trx.raw(
      `insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload)
       values ${placeholders(events.length, '(?, ?, ?, ?, ?::jsonb)')}`,
      bindings,
    );
  }
}
