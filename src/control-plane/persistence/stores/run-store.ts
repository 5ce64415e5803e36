import { type MikroORM } from '@mikro-orm/postgresql';
import { type Actor, type ProjectRole } from '../../domain/access/actor.js';
import {
  type FlowEventRecord,
  type LearningFeedbackRecord,
  type RunAccess,
  type RunFilter,
  type RunPageWithActor,
  type RunScope,
  type RunStatus,
  type RunStore,
  type RunSummary,
} from '../../domain/runs/ports.js';
import { type Page, type PageRequest } from '../../domain/staff/pagination.js';
import { actorColumns, actorFromRow, type ActorRow, isUserId, withActor } from './access-directory-store.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import {
  type NullableRow,
  query,
  queryOne,
  sqlCount,
  type SqlValue,
  type Statement,
  toDate,
  toNumber,
  toOptionalDate,
} from './sql.js';

interface RunSqlRow {
  id: string;
  correlation_id: string;
  project_id: string | null;
  project_slug: string | null;
  project_name: string | null;
  status: RunStatus;
  learning_mode: boolean;
  event_type: string;
  action: string;
  repository_full_name: string;
  sender_login: string;
  job_name: string | null;
  /**
   * PostgreSQL's text of the timestamp (`2026-11-27 10:55:08.162345+00`): MikroORM's connection
   * leaves timestamps unparsed, so it keeps the microseconds the keyset cursor needs.
   */
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}

/** The summary fields are generated columns of the payload SPEC §4 describes (no detoasting per row). */
const runColumns = (
  r: string,
) => `${r}.id, ${r}.correlation_id, ${r}.project_id, ${r}.status, ${r}.learning_mode,
  ${r}.event_type, ${r}.action, ${r}.repository_full_name, ${r}.sender_login,
  ${r}.job_name, ${r}.created_at, ${r}.updated_at, ${r}.started_at, ${r}.finished_at`;

/** The project's slug and name of a run row aliased `r`. */
const projectNames = 'p.slug as project_slug, p.name as project_name';

/** What every run list and lookup selects: the run's summary and its project's slug and name. */
const runSummaryColumns = `${runColumns('r')}, ${projectNames}`;
const withProject = 'left join projects p on p.id = r.project_id';

type CursorKey = (string | number)[] | null;

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
const memberWalkLength = (limit: number) => 40 * (limit + 1);

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

function toSummary(row: RunSqlRow): RunSummary {
  return {
    id: row.id,
    correlationId: row.correlation_id,
    projectId: row.project_id,
    projectSlug: row.project_slug,
    projectName: row.project_name,
    status: row.status,
    learningMode: row.learning_mode,
    eventType: row.event_type,
    action: row.action,
    repositoryFullName: row.repository_full_name,
    senderLogin: row.sender_login,
    jobName: row.job_name,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
    startedAt: toOptionalDate(row.started_at),
    finishedAt: toOptionalDate(row.finished_at),
  };
}

type WalkRow = RunSqlRow & { kept: boolean; position: string };

/** The keyset cursor after a run row (see afterCursor). */
const runCursor = (row: RunSqlRow) => encodeCursor('runs', [row.created_at, row.id]);

/** Every run (admins, or one project whose access was already checked), newest first. */
function listAll(filter: RunFilter, key: CursorKey, limit: number): Statement {
  const where = new Conditions();
  if (filter.projectId !== null) where.add('r.project_id = ?', filter.projectId);
  if (filter.status !== null) where.add('r.status = ?', filter.status);
  if (key !== null) where.add(afterCursor('r'), ...key);
  return {
    sql: `select ${runSummaryColumns}
       from agent_runs r ${withProject}
       ${where.sql('where')} order by r.created_at desc, r.id desc limit ${sqlCount(limit + 1)}`,
    bindings: where.bindings,
  };
}

/**
 * Walks at most `walkLength` of the newest runs after the cursor, newest first on
 * agent_runs_created_cover_idx, and returns those the member may see (`kept`), up to the page and
 * the row after it: cheap whenever the member's projects make up a fair share of recent runs. The
 * walk's last run comes back too when the walk gets that far (`position` = walkLength), so the
 * caller can tell "no more runs" from "walked far enough". The walk reads each run's row as it
 * goes (one heap visit per run walked, rather than an index-only walk and then a primary-key
 * lookup per run kept: a fifth less of PostgreSQL's time), and only the page's rows look up their
 * project (the `offset 0` keeps that a per-row index lookup instead of hashing every project).
 */
function walkNewestRuns(
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
function listForMemberByProject(userId: string, filter: RunFilter, key: CursorKey, limit: number): Statement {
  const perProject = new Conditions();
  if (filter.status !== null) perProject.add('r.status = ?', filter.status);
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

/**
 * A member's first page of runs.list as the store reads it (memberOf scope, no filter, one round
 * trip with the caller's row): the statement, and the page its rows make. Exported for
 * bench/bare-staff-path.ts, which sends the same SQL through a plain pg pool, without MikroORM,
 * tRPC or the domain, to measure what the libraries alone cost on the product's own read.
 */
export function memberFirstPageRead(userId: string, limit: number) {
  const walk = walkNewestRuns(
    userId,
    { projectId: null, status: null },
    null,
    limit,
    memberWalkLength(limit),
  );
  return {
    statement: withActor(walk, userId, 'page.created_at desc, page.id desc'),
    toPage: (rows: NullableRow<WalkRow>[]) =>
      toPage(
        // Rows of a walk that found runs are as stored (the null row is the empty page's).
        rows.filter((row): row is WalkRow => row.id !== null && row.kept === true),
        limit,
        toSummary,
        runCursor,
      ),
  };
}

interface FlowEventSqlRow {
  event_id: string;
  event_correlation_id: string;
  event_actor_type: 'system' | 'staff';
  event_actor_id: string;
  event_type: string;
  event_payload: unknown;
  event_created_at: string;
}

/** The caller's membership role in the run's project, read beside the run. */
interface MemberRoleRow {
  member_role: ProjectRole | null;
}

/** What a read for a caller that names no user returns: the policy refuses it. */
const noAccessRead = { actor: null, run: null, memberRole: null } as const;

export class SqlRunStore implements RunStore {
  constructor(private readonly orm: MikroORM) {}

  list(scope: RunScope, filter: RunFilter, page: PageRequest): Promise<Page<RunSummary>> {
    return this.readPage(scope, filter, page, (statement) => this.read(statement));
  }

  async listWithActor(
    actorUserId: string,
    scope: RunScope,
    filter: RunFilter,
    page: PageRequest,
  ): Promise<RunPageWithActor> {
    if (!isUserId(actorUserId)) return { actor: null, page: { items: [], nextCursor: '' } };
    let actor: Actor | null = null;
    const runs = await this.readPage(scope, filter, page, async <Row>(statement: Statement) => {
      const rows = await this.read<Row & ActorRow & { id: string | null }>(
        withActor(statement, actorUserId, 'page.created_at desc, page.id desc'),
      );
      actor = rows[0] ? actorFromRow(rows[0]) : null;
      // The left join's row without a run, when the page is empty.
      return rows.filter((row) => row.id !== null);
    });
    return { actor, page: runs };
  }

  private read<Row>(statement: Statement): Promise<Row[]> {
    return query<Row>(this.orm, statement.sql, statement.bindings, { prepared: true });
  }

  /** A page in the scope: its first statement goes through `readFirst`, any follow-up is read plainly. */
  private async readPage(
    scope: RunScope,
    filter: RunFilter,
    page: PageRequest,
    readFirst: <Row>(statement: Statement) => Promise<Row[]>,
  ): Promise<Page<RunSummary>> {
    const key = decodeCursor('runs', page.cursor, ['string', 'string']);
    const rows =
      scope.kind === 'memberOf'
        ? await this.listForMember(scope.userId, filter, key, page.limit, readFirst)
        : await readFirst<RunSqlRow>(listAll(filter, key, page.limit));
    return toPage(rows, page.limit, toSummary, runCursor);
  }

  /**
   * The runs of the member's projects, newest first. First a bounded walk of the newest runs
   * (walkNewestRuns); when that walk ends short of a full page (a member of quiet projects), the
   * per-project plan answers (listForMemberByProject).
   */
  private async listForMember(
    userId: string,
    filter: RunFilter,
    key: CursorKey,
    limit: number,
    readFirst: <Row>(statement: Statement) => Promise<Row[]>,
  ): Promise<RunSqlRow[]> {
    const walkLength = memberWalkLength(limit);
    const walked = await readFirst<WalkRow>(walkNewestRuns(userId, filter, key, limit, walkLength));
    const page = walked.filter((row) => row.kept);
    // Exact unless the walk reached its last run with the page still short of full: then the
    // member's next runs may lie further back, and the per-project plan finds them.
    const walkCutShort = walked.some((row) => Number(row.position) === walkLength);
    if (page.length > limit || !walkCutShort) return page;
    return this.read<RunSqlRow>(listForMemberByProject(userId, filter, key, limit));
  }

  async findById(runId: string): Promise<RunSummary | null> {
    const row = await queryOne<RunSqlRow>(
      this.orm,
      `select ${runSummaryColumns}
       from agent_runs r ${withProject} where r.id = ?`,
      [runId],
      { prepared: true },
    );
    return row ? toSummary(row) : null;
  }

  async findPayload(runId: string): Promise<unknown> {
    const row = await queryOne<{ run_payload: unknown }>(
      this.orm,
      'select run_payload from agent_runs where id = ?',
      [runId],
    );
    return row?.run_payload ?? {};
  }

  async findWithAccess(runId: string, actorUserId: string): Promise<RunAccess<RunSummary>> {
    if (!isUserId(actorUserId)) return noAccessRead;
    const row = await queryOne<ActorRow & MemberRoleRow & NullableRow<RunSqlRow>>(
      this.orm,
      `select ${actorColumns('a')}, m.role as member_role, run.*
       from users a
       left join lateral (select ${runSummaryColumns} from agent_runs r ${withProject} where r.id = ?) run on true
       left join project_members m on m.project_id = run.project_id and m.user_id = a.id
       where a.id = ?`,
      [runId, actorUserId],
      { prepared: true },
    );
    if (!row) return noAccessRead;
    return {
      actor: actorFromRow(row),
      // A run id means the lateral join found the run: its columns are as stored.
      run: row.id === null ? null : toSummary(row as RunSqlRow),
      memberRole: row.member_role,
    };
  }

  async listEventsWithAccess(
    runId: string,
    actorUserId: string,
    page: PageRequest,
  ): Promise<{ access: RunAccess<{ projectId: string | null }>; page: Page<FlowEventRecord> }> {
    const after = decodeCursor('run-events', page.cursor, ['number'])?.[0] ?? 0;
    if (!isUserId(actorUserId)) return { access: noAccessRead, page: { items: [], nextCursor: '' } };
    // One row per event (at least one: the caller's), each with the caller, the run's project and
    // the caller's role there. The event columns are prefixed: flow_events has an actor_id too.
    const rows = await query<
      ActorRow &
        MemberRoleRow & {
          run_id: string | null;
          run_project_id: string | null;
        } & NullableRow<FlowEventSqlRow>
    >(
      this.orm,
      `select ${actorColumns('a')}, m.role as member_role, run.id as run_id, run.project_id as run_project_id, e.*
       from users a
       left join agent_runs run on run.id = ?
       left join project_members m on m.project_id = run.project_id and m.user_id = a.id
       left join lateral (
         select e.id as event_id, e.correlation_id as event_correlation_id, e.actor_type as event_actor_type,
           e.actor_id as event_actor_id, e.event_type as event_type, e.payload as event_payload,
           e.created_at as event_created_at
         from flow_events e where e.correlation_id = run.correlation_id and e.id > ?
         order by e.id limit ${sqlCount(page.limit + 1)}
       ) e on true
       where a.id = ?
       order by e.event_id`,
      [runId, after, actorUserId],
      { prepared: true },
    );
    const first = rows[0];
    if (!first) return { access: noAccessRead, page: { items: [], nextCursor: '' } };
    const access = {
      actor: actorFromRow(first),
      run: first.run_id === null ? null : { projectId: first.run_project_id },
      memberRole: first.member_role,
    };
    // The left join's row without an event, when there is none to show.
    const events = rows.filter((row): row is typeof row & FlowEventSqlRow => row.event_id !== null);
    return {
      access,
      page: toPage(
        events,
        page.limit,
        (row) => ({
          id: Number(row.event_id),
          correlationId: row.event_correlation_id,
          actorType: row.event_actor_type,
          actorId: row.event_actor_id,
          eventType: row.event_type,
          payload: row.event_payload,
          createdAt: toDate(row.event_created_at),
        }),
        (row) => encodeCursor('run-events', [Number(row.event_id)]),
      ),
    };
  }

  async listLearningFeedback(runId: string, page: PageRequest): Promise<Page<LearningFeedbackRecord>> {
    const after = decodeCursor('learning-feedback', page.cursor, ['number'])?.[0] ?? 0;
    const rows = await query<{
      id: string;
      run_id: string;
      repository_id: string | null;
      pr_number: number | null;
      file_path: string | null;
      line: number | null;
      kind: 'inline' | 'post_pr';
      explanation: string;
      created_at: string | Date;
    }>(
      this.orm,
      `select id, run_id, repository_id, pr_number, file_path, line, kind, explanation, created_at
       from learning_feedback where run_id = ? and id > ? order by id limit ?`,
      [runId, after, page.limit + 1],
    );
    return toPage(
      rows,
      page.limit,
      (row) => ({
        id: Number(row.id),
        runId: row.run_id,
        repositoryId: row.repository_id,
        prNumber: toNumber(row.pr_number),
        filePath: row.file_path,
        line: toNumber(row.line),
        kind: row.kind,
        explanation: row.explanation,
        createdAt: toDate(row.created_at),
      }),
      (row) => encodeCursor('learning-feedback', [Number(row.id)]),
    );
  }
}
