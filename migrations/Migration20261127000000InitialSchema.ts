import { Migration } from '@mikro-orm/migrations';

/**
 * The whole schema of SPEC §3. Constraints live here, in the database: case-insensitive unique
 * emails, a single platform owner, allowed values as CHECKs, cascades from projects and users.
 */
export class Migration20261127000000InitialSchema extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table users (
        id uuid primary key default gen_random_uuid(),
        email text not null check (email <> '' and length(email) <= 320),
        github_user_id bigint null,
        github_login text null,
        is_platform_admin boolean not null default false,
        is_platform_owner boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index users_email_lower_key on users (lower(email));`);
    this.addSql(
      `create unique index users_single_owner_key on users (is_platform_owner) where is_platform_owner;`,
    );
    this.addSql(
      `create unique index users_github_user_id_key on users (github_user_id) where github_user_id is not null;`,
    );

    this.addSql(`
      create table projects (
        id uuid primary key default gen_random_uuid(),
        slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9._-]{0,99}$'),
        name text not null check (name <> '' and length(name) <= 200),
        settings jsonb not null default '{}'::jsonb,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);

    this.addSql(`
      create table project_members (
        project_id uuid not null references projects (id) on delete cascade,
        user_id uuid not null references users (id) on delete cascade,
        role text not null check (role in ('read', 'read_write', 'admin')),
        learning_mode_override boolean null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (project_id, user_id)
      );`);
    this.addSql(`create index project_members_user_id_idx on project_members (user_id);`);

    this.addSql(`
      create table repositories (
        id uuid primary key default gen_random_uuid(),
        project_id uuid not null references projects (id) on delete cascade,
        provider text not null check (provider in ('github', 'gitlab')),
        external_id bigint not null,
        owner text not null check (owner <> ''),
        name text not null check (name <> ''),
        token_encrypted bytea not null,
        services_yaml_path text not null default 'services.yaml',
        webhook_id bigint null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint repositories_provider_external_id_key unique (provider, external_id),
        constraint repositories_project_provider_owner_name_key unique (project_id, provider, owner, name)
      );`);

    this.addSql(`
      create table agent_runs (
        id uuid primary key default gen_random_uuid(),
        correlation_id text not null unique,
        project_id uuid null references projects (id) on delete cascade,
        status text not null default 'pending' check (status in ('pending', 'running', 'succeeded', 'failed', 'canceled')),
        run_payload jsonb not null default '{}'::jsonb,
        learning_mode boolean not null default false,
        job_name text null,
        started_at timestamptz null,
        finished_at timestamptz null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    // Listing newest first (keyset on created_at, id), overall and per project; claiming oldest pending first.
    this.addSql(`create index agent_runs_created_idx on agent_runs (created_at desc, id desc);`);
    this.addSql(
      `create index agent_runs_project_created_idx on agent_runs (project_id, created_at desc, id desc);`,
    );
    this.addSql(`create index agent_runs_status_created_idx on agent_runs (status, created_at, id);`);

    this.addSql(`
      create table flow_events (
        id bigserial primary key,
        correlation_id text not null,
        actor_type text not null check (actor_type in ('system', 'staff')),
        actor_id text not null,
        event_type text not null,
        payload jsonb not null default '{}'::jsonb,
        created_at timestamptz not null default now()
      );`);
    this.addSql(
      `create index flow_events_correlation_created_idx on flow_events (correlation_id, created_at);`,
    );
    this.addSql(`create index flow_events_correlation_id_idx on flow_events (correlation_id, id);`);

    this.addSql(`
      create table slots (
        id uuid primary key default gen_random_uuid(),
        project_id uuid not null references projects (id) on delete cascade,
        slot_no integer not null check (slot_no >= 0),
        state text not null default 'free' check (state in ('free', 'leased', 'releasing')),
        lease_owner text null,
        lease_until timestamptz null,
        run_id uuid null references agent_runs (id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint slots_project_slot_no_key unique (project_id, slot_no),
        constraint slots_lease_consistent check ((state = 'free') = (lease_owner is null))
      );`);
    this.addSql(`create unique index slots_run_id_key on slots (run_id) where run_id is not null;`);

    this.addSql(`
      create table learning_feedback (
        id bigserial primary key,
        run_id uuid not null references agent_runs (id) on delete cascade,
        repository_id uuid null references repositories (id) on delete set null,
        pr_number integer null,
        file_path text null,
        line integer null,
        kind text not null check (kind in ('inline', 'post_pr')),
        explanation text not null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index learning_feedback_run_id_idx on learning_feedback (run_id, id);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists learning_feedback;`);
    this.addSql(`drop table if exists slots;`);
    this.addSql(`drop table if exists flow_events;`);
    this.addSql(`drop table if exists agent_runs;`);
    this.addSql(`drop table if exists repositories;`);
    this.addSql(`drop table if exists project_members;`);
    this.addSql(`drop table if exists projects;`);
    this.addSql(`drop table if exists users;`);
  }
}
