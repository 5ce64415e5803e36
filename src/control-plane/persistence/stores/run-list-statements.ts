import { z } from 'zod';
import { type RunFilter } from '../../domain/runs/ports.js';
import { column } from './rows.js';
import {
  projectNames,
  runColumns,
  runSummaryColumns,
  runSummaryShape,
  withProject,
} from './run-summary-row.js';
import { sqlCount, type SqlValue, type Statement } from './sql.js';

/**
 * runs.list's statements, the console's most frequent read: raw SQL, prepared, shaped for the
 * indexes of Migration20261127140000RunListCoveringIndex (docs/decisions.md, issue 5).
 */

export type CursorKey = (string | number)[] | null;

/**
 * Keyset on (created_at, id), newest first: rows inserted meanwhile sort before the cursor, so
 * later pages never repeat or skip a row. The cursor's values sit in scalar sub-selects: the index
 * still takes them as its bound, but the planner no longer sees them, so a cursor near the end of
 * the list does not make every custom plan look cheaper than the prepared statement's generic one
 * (which kept PostgreSQL planning the last pages on every request).
 */
const afterCursor = (r: string) => `(${r}.created_at, ${r}.id) < ((select ?::timestamptz), (select ?::uuid))`;

/**
 * How many of the newest runs the member's walk looks at before it gives up on a full page:
 * forty pages' worth, so members whose projects get at least one run in forty are served by it.
 */
export const memberWalkLength = (limit: number) => 40 * (limit + 1);

/** A conjunction of SQL conditions with their bindings, in order. */
class Conditions {
  private readonly parts: string[] = [];
  readonly bindings: SqlValue[] = [];

  add(condition: string, ...bindings: SqlValue[]): void {
    this.parts.push(condition);
    this.bindings.push(...bindings);
  }

  /** The conditions after `keyword` (`where`, ` and`), or `empty` when there are none. */
  sql(keyword: string, empty = ''): string {
    return this.parts.length > 0 ? `${keyword} ${this.parts.join(' and ')}` : empty;
  }
}

/**
 * The context filters of issue 21 (repository, sender, trigger), in the shape of their indexes
 * (agent_runs_repository_created_idx, agent_runs_sender_created_idx, agent_runs_trigger_created_idx).
 */
function addContextFilters(conditions: Conditions, filter: RunFilter): void {
  if (filter.repository !== null)
    conditions.add('lower(r.repository_full_name) = ?', filter.repository.toLowerCase());
  if (filter.sender !== null) conditions.add('lower(r.sender_login) = ?', filter.sender.toLowerCase());
  if (filter.trigger !== null) conditions.add('r.trigger_value = ?', filter.trigger);
}

/** Every run (admins, or one project whose access was already checked), newest first. */
export function listAll(filter: RunFilter, key: CursorKey, limit: number): Statement {
  const where = new Conditions();
  if (filter.projectId !== null) where.add('r.project_id = ?', filter.projectId);
  if (filter.status !== null) where.add('r.status = ?', filter.status);
  addContextFilters(where, filter);
  if (key !== null) where.add(afterCursor('r'), ...key);
  return {
    sql: `select ${runSummaryColumns}
       from agent_runs r ${withProject}
       ${where.sql('where')} order by r.created_at desc, r.id desc limit ${sqlCount(limit + 1)}`,
    bindings: where.bindings,
  };
}

/** A row of walkNewestRuns: a run, whether the member may see it, and where the walk met it. */
export const walkRow = z.object({ ...runSummaryShape, kept: column.boolean, position: column.bigintText });

/**
 * Walks at most `walkLength` of the newest runs after the cursor, newest first on
 * agent_runs_created_cover_idx, and returns those the member may see (`kept`), up to the page and
 * the row after it: cheap whenever the member's projects make up a fair share of recent runs. The
 * walk's last run comes back too when the walk gets that far (`position` = walkLength), so the
 * caller can tell "no more runs" from "walked far enough". The walk reads each run's row as it
 * goes (one heap visit per run walked, rather than an index-only walk and then a primary-key
 * lookup per run kept), and only the page's rows look up their project (the `offset 0` keeps
 * that a per-row index lookup instead of hashing every project).
 */
export function walkNewestRuns(
  userId: string,
  filter: RunFilter,
  key: CursorKey,
  limit: number,
  walkLength: number,
): Statement {
  const after = new Conditions();
  if (key !== null) after.add(afterCursor('r'), ...key);
  const visible = new Conditions();
  visible.add(
    'r.project_id = any(array(select m.project_id from project_members m where m.user_id = ?))',
    userId,
  );
  if (filter.projectId !== null) visible.add('r.project_id = ?', filter.projectId);
  if (filter.status !== null) visible.add('r.status = ?', filter.status);
  addContextFilters(visible, filter);
  return {
    sql: `select w.*, ${projectNames} from (
          select * from (
            select ${runColumns('r')}, (${visible.sql('')}) as kept,
              row_number() over (order by r.created_at desc, r.id desc) as position
            from agent_runs r ${after.sql('where')}
            order by r.created_at desc, r.id desc limit ${sqlCount(walkLength)}
          ) walk
          where walk.kept or walk.position = ${sqlCount(walkLength)}
          order by walk.created_at desc, walk.id desc limit ${sqlCount(limit + 1)}
        ) w
        left join lateral (select p.slug, p.name from projects p where p.id = w.project_id offset 0) p on true
        order by w.created_at desc, w.id desc`,
    bindings: [...visible.bindings, ...after.bindings],
  };
}

/**
 * The member's page project by project: one short index-only scan per project the caller belongs
 * to (agent_runs_project_created_idx holds created_at and id), merged and cut to the page; then
 * only the page's rows are read. The cost follows the page size, not the cursor's depth.
 */
export function listForMemberByProject(
  userId: string,
  filter: RunFilter,
  key: CursorKey,
  limit: number,
): Statement {
  const perProject = new Conditions();
  if (filter.status !== null) perProject.add('r.status = ?', filter.status);
  addContextFilters(perProject, filter);
  if (key !== null) perProject.add(afterCursor('r'), ...key);
  const memberships = new Conditions();
  memberships.add('m.user_id = ?', userId);
  if (filter.projectId !== null) memberships.add('m.project_id = ?', filter.projectId);
  return {
    sql: `with page as (
          select k.id, k.created_at from project_members m
          cross join lateral (
            select r.id, r.created_at from agent_runs r
            where r.project_id = m.project_id${perProject.sql(' and', '')}
            order by r.created_at desc, r.id desc limit ${sqlCount(limit + 1)}
          ) k
          ${memberships.sql('where')}
          order by k.created_at desc, k.id desc limit ${sqlCount(limit + 1)}
        )
        select ${runSummaryColumns}
        from page join agent_runs r on r.id = page.id ${withProject}
        order by r.created_at desc, r.id desc`,
    bindings: [...perProject.bindings, ...memberships.bindings],
  };
}
