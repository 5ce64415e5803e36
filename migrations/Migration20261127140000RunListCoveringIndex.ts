import { Migration } from '@mikro-orm/migrations';

/**
 * runs.list reads the newest runs in (created_at, id) order and, for a project member, keeps the
 * ones in the member's projects (and of the asked status). With project_id and status in the
 * index, that walk is an index-only scan that stops as soon as the page is full, instead of a
 * merge of one scan per project. It replaces the plain (created_at, id) index, whose every use it
 * also serves.
 */
export class Migration20261127140000RunListCoveringIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index agent_runs_created_cover_idx on agent_runs (created_at desc, id desc) include (project_id, status);`,
    );
    this.addSql(`drop index agent_runs_created_idx;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index agent_runs_created_idx on agent_runs (created_at desc, id desc);`);
    this.addSql(`drop index agent_runs_created_cover_idx;`);
  }
}
