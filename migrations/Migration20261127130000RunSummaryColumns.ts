import { Migration } from '@mikro-orm/migrations';

/**
 * The run summary that lists show (event, action, repository, sender), kept as generated columns
 * of the stored payload: a page of runs then reads a few short columns instead of detoasting and
 * decompressing fifty ~10 KB payloads, and nothing that writes runs has to remember to fill them.
 */
export class Migration20261127130000RunSummaryColumns extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table agent_runs
        add column event_type text not null generated always as (coalesce(run_payload->>'event', '')) stored,
        add column action text not null generated always as (coalesce(run_payload->>'action', '')) stored,
        add column repository_full_name text not null
          generated always as (coalesce(run_payload#>>'{repository,full_name}', '')) stored,
        add column sender_login text not null generated always as (coalesce(run_payload#>>'{sender,login}', '')) stored;`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      alter table agent_runs
        drop column sender_login,
        drop column repository_full_name,
        drop column action,
        drop column event_type;`);
  }
}
