import { type RunSummary } from '../../src/control-plane/domain/runs/ports.js';
import { type Page } from '../../src/control-plane/domain/staff-call/pagination.js';
import { toPage } from '../../src/control-plane/persistence/stores/cursor.js';
import {
  runCursor,
  type RunSummaryRow,
  toSummary,
} from '../../src/control-plane/persistence/stores/run-summary-row.js';

/**
 * The bare path's read: runs.list's statement for a member's first page (no filter, with the
 * caller's row), as the control-plane sends it, but owned by the bench, so the floor measures the
 * same SQL without the product's code. member-first-page.test.ts keeps it the product's statement.
 */
export function memberFirstPageStatement(userId: string, limit: number): { text: string; values: string[] } {
  // How far the product's walk over the newest runs goes before it gives up on a full page.
  const walkLength = 40 * (limit + 1);
  return {
    text: `select a.id as actor_id, a.email as actor_email,
        a.is_platform_admin as actor_is_platform_admin, a.is_platform_owner as actor_is_platform_owner, page.*
      from users a left join lateral (select w.*, p.slug as project_slug, p.name as project_name from (
          select * from (
            select r.id, r.correlation_id, r.project_id, r.status, r.learning_mode,
              r.event_type, r.action, r.repository_full_name, r.sender_login,
              r.job_name, r.created_at, r.updated_at, r.started_at, r.finished_at,
              r.trigger_kind, r.trigger_value, r.run_context,
              (r.project_id = any(array(select m.project_id from project_members m where m.user_id = $1))) as kept,
              row_number() over (order by r.created_at desc, r.id desc) as position
            from agent_runs r
            order by r.created_at desc, r.id desc limit ${walkLength}
          ) walk
          where walk.kept or walk.position = ${walkLength}
          order by walk.created_at desc, walk.id desc limit ${limit + 1}
        ) w
        left join lateral (select p.slug, p.name from projects p where p.id = w.project_id offset 0) p on true
        order by w.created_at desc, w.id desc) page on true
      where a.id = $2
      order by page.created_at desc, page.id desc`,
    values: [userId, userId],
  };
}

/** A row of memberFirstPageStatement as plain pg hands it over (timestamps as text, like MikroORM's connection). */
export type MemberFirstPageRow = { [Column in keyof RunSummaryRow]: RunSummaryRow[Column] | null } & {
  kept: boolean | null;
};

/** The page those rows make, as the product's store makes it (the caller's row without a run dropped). */
export function memberFirstPage(rows: MemberFirstPageRow[], limit: number): Page<RunSummary> {
  // The bench trusts its own statement: a row with an id and `kept` is a whole run.
  const runs = rows.filter((row) => row.id !== null && row.kept === true) as RunSummaryRow[];
  return toPage(runs, limit, toSummary, runCursor);
}
