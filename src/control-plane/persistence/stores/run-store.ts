import { type MikroORM } from '@mikro-orm/postgresql';
import {
  type FlowEventRecord,
  type LearningFeedbackRecord,
  type RunFilter,
  type RunScope,
  type RunStatus,
  type RunStore,
  type RunSummary,
} from '../../domain/runs/ports.js';
import { type Page, type PageRequest } from '../../domain/staff/pagination.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { exactTimestamp, query, queryOne, type SqlValue, toDate, toNumber, toOptionalDate } from './sql.js';

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
  created_at: string | Date;
  updated_at: string | Date;
  started_at: string | Date | null;
  finished_at: string | Date | null;
  created_exact: string;
}

/** The summary fields come out of the payload SPEC §4 describes. */
const runColumns = (
  r: string,
) => `${r}.id, ${r}.correlation_id, ${r}.project_id, ${r}.status, ${r}.learning_mode,
  coalesce(${r}.run_payload->>'event', '') as event_type,
  coalesce(${r}.run_payload->>'action', '') as action,
  coalesce(${r}.run_payload#>>'{repository,full_name}', '') as repository_full_name,
  coalesce(${r}.run_payload#>>'{sender,login}', '') as sender_login,
  ${r}.job_name, ${r}.created_at, ${r}.updated_at, ${r}.started_at, ${r}.finished_at,
  ${exactTimestamp(`${r}.created_at`)} as created_exact`;

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

export class SqlRunStore implements RunStore {
  constructor(private readonly orm: MikroORM) {}

  async list(scope: RunScope, filter: RunFilter, page: PageRequest): Promise<Page<RunSummary>> {
    const key = decodeCursor('runs', page.cursor, ['string', 'string']);
    const conditions: string[] = [];
    const bindings: SqlValue[] = [];
    if (filter.status !== null) {
      conditions.push('r.status = ?');
      bindings.push(filter.status);
    }
    if (key !== null) {
      // Keyset on (created_at, id), newest first: rows inserted meanwhile sort before the cursor,
      // so later pages never repeat or skip a row.
      conditions.push('(r.created_at, r.id) < (?::timestamptz, ?::uuid)');
      bindings.push(String(key[0]), String(key[1]));
    }
    let sql: string;
    if (scope.kind === 'memberOf') {
      // Keys first: one short index-only scan per project the caller belongs to
      // (agent_runs_project_created_idx holds created_at and id), merged and cut to the page; then
      // only the page's rows are read. The cost follows the page size, not the cursor's depth.
      sql = `with page as (
          select k.id, k.created_at from project_members m
          cross join lateral (
            select r.id, r.created_at from agent_runs r
            where r.project_id = m.project_id${conditions.map((condition) => ` and ${condition}`).join('')}
            order by r.created_at desc, r.id desc limit ?
          ) k
          where m.user_id = ?${filter.projectId !== null ? ' and m.project_id = ?' : ''}
          order by k.created_at desc, k.id desc limit ?
        )
        select ${runColumns('r')}, p.slug as project_slug, p.name as project_name
        from page join agent_runs r on r.id = page.id left join projects p on p.id = r.project_id
        order by r.created_at desc, r.id desc`;
      bindings.push(page.limit + 1, scope.userId);
      if (filter.projectId !== null) bindings.push(filter.projectId);
      bindings.push(page.limit + 1);
    } else {
      if (filter.projectId !== null) {
        conditions.unshift('r.project_id = ?');
        bindings.unshift(filter.projectId);
      }
      sql = `select ${runColumns('r')}, p.slug as project_slug, p.name as project_name
        from agent_runs r left join projects p on p.id = r.project_id
        ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''}
        order by r.created_at desc, r.id desc limit ?`;
      bindings.push(page.limit + 1);
    }
    const rows = await query<RunSqlRow>(this.orm, sql, bindings);
    return toPage(rows, page.limit, toSummary, (row) => encodeCursor('runs', [row.created_exact, row.id]));
  }

  async findById(runId: string): Promise<RunSummary | null> {
    const row = await queryOne<RunSqlRow>(
      this.orm,
      `select ${runColumns('r')}, p.slug as project_slug, p.name as project_name
       from agent_runs r left join projects p on p.id = r.project_id where r.id = ?`,
      [runId],
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

  async listEvents(correlationId: string, page: PageRequest): Promise<Page<FlowEventRecord>> {
    const after = decodeCursor('run-events', page.cursor, ['number'])?.[0] ?? 0;
    const rows = await query<{
      id: string;
      correlation_id: string;
      actor_type: 'system' | 'staff';
      actor_id: string;
      event_type: string;
      payload: unknown;
      created_at: string | Date;
    }>(
      this.orm,
      `select id, correlation_id, actor_type, actor_id, event_type, payload, created_at
       from flow_events where correlation_id = ? and id > ? order by id limit ?`,
      [correlationId, after, page.limit + 1],
    );
    return toPage(
      rows,
      page.limit,
      (row) => ({
        id: Number(row.id),
        correlationId: row.correlation_id,
        actorType: row.actor_type,
        actorId: row.actor_id,
        eventType: row.event_type,
        payload: row.payload,
        createdAt: toDate(row.created_at),
      }),
      (row) => encodeCursor('run-events', [Number(row.id)]),
    );
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
