import { LockMode, raw } from '@mikro-orm/core';
import { type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { type Actor } from '../../domain/access/actor.js';
import { projectRoles } from '../../../shared/contract/project-role.js';
import {
  type ProjectRecord,
  type ProjectScope,
  type ProjectStore,
  type ProjectView,
} from '../../domain/projects/ports.js';
import { type Page, type PageRequest } from '../../domain/staff-call/pagination.js';
import { AgentRunEntity } from '../entities/agent-run.js';
import { FlowEventEntity } from '../entities/flow-event.js';
import { ProjectEntity, type ProjectRow } from '../entities/project.js';
import { queryWithActor } from './caller-reads.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { currentEntityManager, upsertReturning } from './entity-manager.js';
import { column } from './rows.js';
import { queryPrepared, sqlCount, type SqlValue, type Statement } from './sql.js';
import { toDate } from './timestamps.js';
import { isUuid } from '../../../shared/text/uuid.js';

/** Projects keep their learning mode default in `settings`; anything but `true` there means off. */
const learningModeDefault = (settings: { learning_mode_default?: unknown } | null) =>
  settings?.learning_mode_default === true;

function toRecord(project: ProjectRow): ProjectRecord {
  return {
    id: project.id,
    slug: project.slug,
    name: project.name,
    learningModeDefault: learningModeDefault(project.settings),
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
  };
}

/** Whether the project exists, without loading it. */
export async function projectExists(em: EntityManager, projectId: string): Promise<boolean> {
  return (await em.count(ProjectEntity, { id: projectId })) > 0;
}

/**
 * projects.list reads raw SQL: with the caller in the same round trip (withActor), like runs.list,
 * as a prepared statement (a hot read); its rows are checked against this shape.
 */
const projectViewRow = z.object({
  id: column.text,
  slug: column.text,
  name: column.text,
  settings: z.object({ learning_mode_default: z.unknown() }).partial().nullable(),
  created_at: column.timestampText,
  updated_at: column.timestampText,
  role: column.oneOf(projectRoles),
});

const columns = 'p.id, p.slug, p.name, p.settings, p.created_at, p.updated_at';

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

function toProjectPage(rows: z.output<typeof projectViewRow>[], page: PageRequest): Page<ProjectView> {
  return toPage(
    rows,
    page.limit,
    (row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      learningModeDefault: learningModeDefault(row.settings),
      createdAt: toDate(row.created_at),
      updatedAt: toDate(row.updated_at),
      role: row.role,
    }),
    (row) => encodeCursor('projects', [row.slug]),
  );
}

export class SqlProjectStore implements ProjectStore {
  constructor(private readonly orm: MikroORM) {}

  async list(scope: ProjectScope, page: PageRequest): Promise<Page<ProjectView>> {
    const statement = listStatement(scope, page);
    return toProjectPage(await queryPrepared(this.orm, projectViewRow, statement), page);
  }

  async listWithActor(
    actorUserId: string,
    scope: ProjectScope,
    page: PageRequest,
  ): Promise<{ actor: Actor | null; page: Page<ProjectView> }> {
    const statement = listStatement(scope, page);
    if (!isUuid(actorUserId)) return { actor: null, page: { items: [], nextCursor: '' } };
    const read = await queryWithActor(this.orm, projectViewRow, statement, actorUserId, 'page.slug');
    return { actor: read.actor, page: toProjectPage(read.rows, page) };
  }

  async findById(projectId: string): Promise<ProjectRecord | null> {
    const project = await currentEntityManager(this.orm).findOne(ProjectEntity, { id: projectId });
    return project ? toRecord(project) : null;
  }

  async upsertBySlug(input: { slug: string; name: string; learningModeDefault: boolean }) {
    const em = currentEntityManager(this.orm);
    const previous = await em
      .createQueryBuilder(ProjectEntity)
      .select('name')
      .where({ slug: input.slug })
      .execute('get');
    const upserted = await upsertReturning(
      em,
      ProjectEntity,
      em
        .createQueryBuilder(ProjectEntity)
        .insert({
          slug: input.slug,
          name: input.name,
          settings: { learning_mode_default: input.learningModeDefault },
        })
        .onConflict('slug')
        .merge({ name: raw('excluded.name'), updatedAt: raw('now()') }),
    );
    if (!upserted) throw new Error('upsert returned no row');
    return {
      project: toRecord(upserted.entity),
      created: upserted.inserted,
      previousName: upserted.inserted ? null : (previous?.name ?? null),
    };
  }

  async create(input: { slug: string; name: string; learningModeDefault: boolean }) {
    const em = currentEntityManager(this.orm);
    const inserted = await upsertReturning(
      em,
      ProjectEntity,
      em
        .createQueryBuilder(ProjectEntity)
        .insert({
          slug: input.slug,
          name: input.name,
          settings: { learning_mode_default: input.learningModeDefault },
        })
        .onConflict('slug')
        .ignore(),
    );
    return inserted ? toRecord(inserted.entity) : null;
  }

  async update(projectId: string, change: { name?: string; learningModeDefault?: boolean }) {
    const em = currentEntityManager(this.orm);
    const project = await em.findOne(
      ProjectEntity,
      { id: projectId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!project) return null;
    const before = toRecord(project);
    if (change.name !== undefined) project.name = change.name;
    if (change.learningModeDefault !== undefined)
      project.settings = { ...project.settings, learning_mode_default: change.learningModeDefault };
    // What is returned is what is stored (updatedAt included).
    await em.flush();
    return { before, after: toRecord(project) };
  }

  async deleteWithRunHistory(projectId: string): Promise<{ runsDeleted: number; flowEventsDeleted: number }> {
    const em = currentEntityManager(this.orm);
    const runs = em.createQueryBuilder(AgentRunEntity).select('correlationId').where({ projectId });
    const flowEvents = await em
      .createQueryBuilder(FlowEventEntity)
      .delete({ correlationId: { $in: runs.getKnexQuery() } })
      .execute('run');
    const runsDeleted = await em.nativeDelete(AgentRunEntity, { projectId });
    // Members, repositories, slots and learning feedback cascade in the database.
    await em.nativeDelete(ProjectEntity, { id: projectId });
    return { runsDeleted, flowEventsDeleted: flowEvents.affectedRows };
  }
}
