import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 21, what the console shows every day:
 * - runs with their context: the trigger (kind, value) as generated columns, so runs.list can
 *   filter by it, and `run_context`, a small generated jsonb of what a run row shows beyond the
 *   summary (subject: issue/PR/commit number, title, URL, branch, sha; the command's instruction;
 *   the repository's and sender's GitHub URLs), so a page of runs never detoasts the payloads;
 *   indexes for the filters by repository, sender and trigger (newest first, like the list);
 * - users' last sign-in;
 * - the audit trail's project: flow events get `project_id` (no foreign key: an audit entry
 *   outlives its project), backfilled for the staff entries written before, and indexes for
 *   audit.list (every staff entry, by project, by actor; newest first).
 */
export class Migration20261220000000StaffConsoleContext extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table agent_runs
        add column trigger_kind text not null generated always as (coalesce(run_payload#>>'{trigger,kind}', '')) stored,
        add column trigger_value text not null generated always as (coalesce(run_payload#>>'{trigger,value}', '')) stored,
        add column run_context jsonb not null generated always as (
          jsonb_set(jsonb_set(jsonb_set(jsonb_set('{}'::jsonb,
            '{subject}', coalesce(run_payload->'subject', 'null'::jsonb)),
            '{instruction}', coalesce(run_payload->'instruction', 'null'::jsonb)),
            '{repository_url}', coalesce(run_payload#>'{raw_payload,repository,html_url}', 'null'::jsonb)),
            '{sender_url}', coalesce(run_payload#>'{raw_payload,sender,html_url}', 'null'::jsonb))
        ) stored;`);
    this.addSql(
      `create index agent_runs_repository_created_idx on agent_runs (lower(repository_full_name), created_at desc, id desc);`,
    );
    this.addSql(
      `create index agent_runs_sender_created_idx on agent_runs (lower(sender_login), created_at desc, id desc);`,
    );
    this.addSql(
      `create index agent_runs_trigger_created_idx on agent_runs (trigger_value, created_at desc, id desc);`,
    );

    this.addSql(`alter table users add column last_sign_in_at timestamptz null;`);

    this.addSql(`alter table flow_events add column project_id uuid null;`);
    this.addSql(`
      update flow_events e set project_id = case
          when e.correlation_id ~ '^staff:project:[0-9a-fA-F-]{36}$' then substring(e.correlation_id from 15)::uuid
          when e.payload->>'project_id' ~ '^[0-9a-fA-F-]{36}$' then (e.payload->>'project_id')::uuid
          else (select r.project_id from agent_runs r where r.correlation_id = e.correlation_id)
        end
      where e.actor_type = 'staff';`);
    this.addSql(
      `create index flow_events_staff_idx on flow_events (id desc) where actor_type = 'staff'::text;`,
    );
    this.addSql(
      `create index flow_events_staff_project_idx on flow_events (project_id, id desc) where actor_type = 'staff'::text;`,
    );
    this.addSql(
      `create index flow_events_staff_actor_idx on flow_events (actor_id, id desc) where actor_type = 'staff'::text;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index flow_events_staff_actor_idx;`);
    this.addSql(`drop index flow_events_staff_project_idx;`);
    this.addSql(`drop index flow_events_staff_idx;`);
    this.addSql(`alter table flow_events drop column project_id;`);
    this.addSql(`alter table users drop column last_sign_in_at;`);
    this.addSql(`drop index agent_runs_trigger_created_idx;`);
    this.addSql(`drop index agent_runs_sender_created_idx;`);
    this.addSql(`drop index agent_runs_repository_created_idx;`);
    this.addSql(`
      alter table agent_runs
        drop column run_context,
        drop column trigger_value,
        drop column trigger_kind;`);
  }
}
