import { Migration } from '@mikro-orm/migrations';

/**
 * Deliveries recorded on their own (SPEC §11): one row per delivery id, whatever became of it, so
 * a delivery that starts no run is still recorded exactly once and answered the same way when
 * redelivered. `project_id` is the project the repository was bound to when the delivery arrived
 * (deliveries.list scopes members by it). The runs that deliveries started before this migration
 * get their delivery rows, so their redeliveries stay duplicates. The ingest matches senders to
 * users by lower-cased GitHub login: that lookup gets an index.
 */
export class Migration20261210000000WebhookDeliveries extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table webhook_deliveries (
        delivery_id text primary key,
        event text not null,
        action text null,
        repository_external_id bigint null,
        repository_full_name text null,
        sender_login text null,
        received_at timestamptz not null,
        project_id uuid null references projects (id) on delete set null,
        outcome text not null check (outcome in ('run', 'ignored')),
        reason text null check (reason in ('no_trigger', 'untrusted_sender', 'ping')),
        run_id uuid null references agent_runs (id) on delete set null,
        constraint webhook_deliveries_reason_when_ignored check ((outcome = 'ignored') = (reason is not null))
      );`);
    // deliveries.list: newest first, overall and per project.
    this.addSql(
      `create index webhook_deliveries_received_idx on webhook_deliveries (received_at desc, delivery_id desc);`,
    );
    this.addSql(
      `create index webhook_deliveries_project_received_idx on webhook_deliveries (project_id, received_at desc, delivery_id desc);`,
    );
    // Deleting runs (a project's) clears their deliveries' run_id.
    this.addSql(
      `create index webhook_deliveries_run_id_idx on webhook_deliveries (run_id) where run_id is not null;`,
    );
    this.addSql(`
      insert into webhook_deliveries
        (delivery_id, event, action, repository_external_id, repository_full_name, sender_login, received_at, project_id, outcome, run_id)
      select r.correlation_id, r.event_type, nullif(r.action, ''),
             case when r.run_payload #>> '{repository,id}' ~ '^[0-9]{1,18}$' then (r.run_payload #>> '{repository,id}')::bigint end,
             nullif(r.repository_full_name, ''), nullif(r.sender_login, ''), r.created_at, r.project_id, 'run', r.id
        from agent_runs r
       where r.run_payload ->> 'source' = 'github' and r.run_payload ->> 'delivery_id' = r.correlation_id
          and r.event_type <> ''
      on conflict (delivery_id) do nothing;`);
    this.addSql(
      `create index users_github_login_lower_idx on users (lower(github_login)) where github_login is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists users_github_login_lower_idx;`);
    this.addSql(`drop table if exists webhook_deliveries;`);
  }
}
