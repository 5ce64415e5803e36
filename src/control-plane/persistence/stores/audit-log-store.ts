import { type MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { type AuditFilter, type AuditLog, type StoredAuditEvent } from '../../domain/audit/ports.js';
import { type Page, type PageRequest } from '../../domain/staff-call/pagination.js';
import { staffActorEmail } from './actor-email.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { column } from './rows.js';
import { queryPrepared, sqlCount, type SqlValue } from './sql.js';
import { toDate } from './timestamps.js';

const auditRow = z.object({
  id: column.bigintText,
  correlation_id: column.text,
  event_type: column.text,
  actor_id: column.text,
  actor_email: column.text.nullable(),
  project_id: column.text.nullable(),
  project_slug: column.text.nullable(),
  payload: z.record(z.string(), z.unknown()).nullable(),
  created_at: column.timestampText,
});

/**
 * audit.list over `flow_events` with actor `staff`, newest first on the partial indexes of the
 * migration of issue 21 (all entries, by project, by actor). The actor's email and the project's
 * slug are scalar sub-selects, read for the page's rows only.
 */
export class SqlAuditLog implements AuditLog {
  constructor(private readonly orm: MikroORM) {}

  async list(filter: AuditFilter, page: PageRequest): Promise<Page<StoredAuditEvent>> {
    const before = decodeCursor('audit', page.cursor, ['number'])?.[0] ?? null;
    const conditions = [`e.actor_type = 'staff'`];
    const bindings: SqlValue[] = [];
    if (filter.projectId !== null) {
      conditions.push('e.project_id = ?');
      bindings.push(filter.projectId);
    }
    if (filter.actorId !== null) {
      conditions.push('e.actor_id = ?');
      bindings.push(filter.actorId);
    }
    if (before !== null) {
      conditions.push('e.id < ?');
      bindings.push(before);
    }
    const rows = await queryPrepared(this.orm, auditRow, {
      sql: `select e.id, e.correlation_id, e.event_type, e.actor_id, ${staffActorEmail('e')} as actor_email,
          e.project_id, (select p.slug from projects p where p.id = e.project_id) as project_slug,
          e.payload, e.created_at
        from flow_events e where ${conditions.join(' and ')}
        order by e.id desc limit ${sqlCount(page.limit + 1)}`,
      bindings,
    });
    return toPage(
      rows,
      page.limit,
      (row) => ({
        id: Number(row.id),
        correlationId: row.correlation_id,
        eventType: row.event_type,
        actorId: row.actor_id,
        actorEmail: row.actor_email,
        projectId: row.project_id,
        projectSlug: row.project_slug,
        payload: row.payload ?? {},
        createdAt: toDate(row.created_at),
      }),
      (row) => encodeCursor('audit', [Number(row.id)]),
    );
  }
}
