import { type MikroORM } from '@mikro-orm/postgresql';
import { type Actor, type ProjectRole } from '../../domain/access/actor.js';
import {
  type ProjectRecord,
  type ProjectScope,
  type ProjectStore,
  type ProjectView,
} from '../../domain/projects/ports.js';
import { type Page, type PageRequest } from '../../domain/staff/pagination.js';
import { actorFromRow, type ActorRow, isUserId, withActor } from './access-directory-store.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { type NullableRow, query, queryOne, sqlCount, type SqlValue, type Statement, toDate } from './sql.js';

interface ProjectSqlRow {
  id: string;
  slug: string;
  name: string;
  settings: { learning_mode_default?: boolean } | null;
  created_at: string | Date;
  updated_at: string | Date;
}

const columns = 'p.id, p.slug, p.name, p.settings, p.created_at, p.updated_at';

function toRecord(row: ProjectSqlRow): ProjectRecord {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    learningModeDefault: row.settings?.learning_mode_default === true,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

type ProjectViewRow = ProjectSqlRow & { role: ProjectRole };

/** The list's statements have a fixed set of shapes: prepared once per connection. */
const prepared = { prepared: true };

/** Projects in the scope ordered by slug, the page and the row after it. */
function listStatement(scope: ProjectScope, page: PageRequest): Statement {
  const after = decodeCursor('projects', page.cursor, ['string'])?.[0] ?? null;
  const bindings: SqlValue[] = [];
  let sql: string;
  if (scope.kind === 'all') {
    sql = `select ${columns}, 'admin' as role from projects p`;
    if (after !== null) {
      sql += ' where p.slug > ?';
      bindings.push(after);
    }
  } else {
    sql = `select ${columns}, m.role from project_members m join projects p on p.id = m.project_id where m.user_id = ?`;
    bindings.push(scope.userId);
    if (after !== null) {
      sql += ' and p.slug > ?';
      bindings.push(after);
    }
  }
  return { sql: `${sql} order by p.slug limit ${sqlCount(page.limit + 1)}`, bindings };
}

function toProjectPage(rows: ProjectViewRow[], page: PageRequest): Page<ProjectView> {
  return toPage(
    rows,
    page.limit,
    (row) => ({ ...toRecord(row), role: row.role }),
    (row) => encodeCursor('projects', [row.slug]),
  );
}

export class SqlProjectStore implements ProjectStore {
  constructor(private readonly orm: MikroORM) {}

  async list(scope: ProjectScope, page: PageRequest): Promise<Page<ProjectView>> {
    const statement = listStatement(scope, page);
    return toProjectPage(
      await query<ProjectViewRow>(this.orm, statement.sql, statement.bindings, prepared),
      page,
    );
  }

  async listWithActor(
    actorUserId: string,
    scope: ProjectScope,
    page: PageRequest,
  ): Promise<{ actor: Actor | null; page: Page<ProjectView> }> {
    const statement = listStatement(scope, page);
    if (!isUserId(actorUserId)) return { actor: null, page: { items: [], nextCursor: '' } };
    const read = withActor(statement, actorUserId, 'page.slug');
    const rows = await query<ActorRow & NullableRow<ProjectViewRow>>(
      this.orm,
      read.sql,
      read.bindings,
      prepared,
    );
    const first = rows[0];
    // The left join's row without a project, when the caller has none to see.
    const projects = rows.filter((row): row is ActorRow & ProjectViewRow => row.id !== null);
    return { actor: first ? actorFromRow(first) : null, page: toProjectPage(projects, page) };
  }

  async findById(projectId: string): Promise<ProjectRecord | null> {
    const row = await queryOne<ProjectSqlRow>(this.orm, `select ${columns} from projects p where p.id = ?`, [
      projectId,
    ]);
    return row ? toRecord(row) : null;
  }

  async upsertBySlug(input: { slug: string; name: string; learningModeDefault: boolean }) {
    // The CTE reads the row as it was before the statement, so the old name comes back with the new row.
    const row = await queryOne<ProjectSqlRow & { created: boolean; previous_name: string | null }>(
      this.orm,
      `with previous as (select name from projects where slug = ?)
       insert into projects as p (slug, name, settings) values (?, ?, ?::jsonb)
       on conflict (slug) do update set name = excluded.name, updated_at = now()
       returning ${columns}, (xmax = 0) as created, (select name from previous) as previous_name`,
      [
        input.slug,
        input.slug,
        input.name,
        JSON.stringify({ learning_mode_default: input.learningModeDefault }),
      ],
    );
    if (!row) throw new Error('upsert returned no row');
    return {
      project: toRecord(row),
      created: row.created,
      previousName: row.created ? null : row.previous_name,
    };
  }

  async deleteWithRunHistory(projectId: string): Promise<{ runsDeleted: number; flowEventsDeleted: number }> {
    const events = await queryOne<{ count: string }>(
      this.orm,
      `with deleted as (
         delete from flow_events where correlation_id in (select correlation_id from agent_runs where project_id = ?) returning 1
       ) select count(*) as count from deleted`,
      [projectId],
    );
    const runs = await queryOne<{ count: string }>(
      this.orm,
      'with deleted as (delete from agent_runs where project_id = ? returning 1) select count(*) as count from deleted',
      [projectId],
    );
    // Members, repositories, slots and learning feedback cascade in the database.
    await query(this.orm, 'delete from projects where id = ?', [projectId]);
    return { runsDeleted: Number(runs?.count ?? 0), flowEventsDeleted: Number(events?.count ?? 0) };
  }
}
