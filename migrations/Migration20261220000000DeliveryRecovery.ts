import { Migration } from '@mikro-orm/migrations';

/**
 * Missed deliveries (SPEC §14): per repository, the walk of GitHub's delivery log. A lease
 * (`lease_owner`, `lease_until`) lets one walker at a time walk a repository, whatever the number
 * of replicas; `not_before` holds walks back while GitHub's rate limit says so; the newest log
 * entry a complete walk saw is where the next walk stops; the last walk's outcome is what the
 * console shows. The row goes with its repository.
 */
export class Migration20261220000000DeliveryRecovery extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table delivery_recovery_state (
        repository_id uuid primary key references repositories (id) on delete cascade,
        lease_owner text null,
        lease_until timestamptz null,
        not_before timestamptz null,
        last_walk_at timestamptz null,
        last_outcome text null check (last_outcome in ('ok', 'unauthorized', 'hook_missing', 'rate_limited', 'failed')),
        last_error text null,
        last_checked integer not null default 0,
        last_recovered integer not null default 0,
        recovered_total bigint not null default 0,
        newest_seen_delivery_id bigint null,
        updated_at timestamptz not null default now(),
        constraint delivery_recovery_state_lease_consistent check ((lease_owner is null) = (lease_until is null))
      );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists delivery_recovery_state;`);
  }
}
