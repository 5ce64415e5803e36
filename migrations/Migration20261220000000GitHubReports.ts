import { Migration } from '@mikro-orm/migrations';

/**
 * GitHub feedback (SPEC §13). `github_reports` is the outbox: one row per reported run holding the
 * run's latest state (`version` counts the state changes, `handled_version` the last one delivered
 * or given up on), so a later state supersedes an unsent earlier one and the final state is always
 * the one left to send. The row is written in the same transaction as the state change; the sender
 * leases due rows (`lease_owner`, `lease_until`) with SKIP LOCKED and never holds a lock while it
 * talks to GitHub. `comment_id` is the run's comment when it reports on an issue or pull request.
 * `agent_runs.rerun_of` links a rerun to the run it repeats. `/codex retry` looks up the latest run
 * of an issue or pull request among its repository's runs (through the index by repository, newest
 * first, that issue 21's migration adds for the runs list) and may ignore a delivery with the new
 * reason `nothing_to_retry`.
 */
export class Migration20261220000000GitHubReports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table github_reports (
        run_id uuid primary key references agent_runs (id) on delete cascade,
        state text not null check (state in ('pending', 'running', 'succeeded', 'failed', 'canceled')),
        version integer not null default 1,
        handled_version integer not null default 0,
        outcome text null check (outcome in ('sent', 'failed')),
        sent_state text null check (sent_state in ('pending', 'running', 'succeeded', 'failed', 'canceled')),
        attempts integer not null default 0,
        next_attempt_at timestamptz not null default now(),
        pending_since timestamptz null default now(),
        lease_owner text null,
        lease_until timestamptz null,
        comment_id bigint null,
        last_error text null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint github_reports_versions_check check (handled_version >= 0 and handled_version <= version)
      );`);
    // The sender's claim and the pending metrics read only rows with something left to send.
    this.addSql(
      `create index github_reports_due_idx on github_reports (next_attempt_at) where version > handled_version;`,
    );
    this.addSql(
      `alter table agent_runs add column rerun_of uuid null references agent_runs (id) on delete set null;`,
    );
    this.addSql(`create index agent_runs_rerun_of_idx on agent_runs (rerun_of) where rerun_of is not null;`);
    this.addSql(`alter table webhook_deliveries drop constraint webhook_deliveries_reason_check;`);
    this.addSql(
      `alter table webhook_deliveries add constraint webhook_deliveries_reason_check check (reason in ('no_trigger', 'untrusted_sender', 'ping', 'nothing_to_retry'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`update webhook_deliveries set reason = 'no_trigger' where reason = 'nothing_to_retry';`);
    this.addSql(`alter table webhook_deliveries drop constraint webhook_deliveries_reason_check;`);
    this.addSql(
      `alter table webhook_deliveries add constraint webhook_deliveries_reason_check check (reason in ('no_trigger', 'untrusted_sender', 'ping'));`,
    );
    this.addSql(`drop index if exists agent_runs_rerun_of_idx;`);
    this.addSql(`alter table agent_runs drop column if exists rerun_of;`);
    this.addSql(`drop table if exists github_reports;`);
  }
}
