import { type MikroORM } from '@mikro-orm/postgresql';
import { type AuditEntry, type AuditTrail, auditCorrelationId } from '../../domain/staff/audit.js';
import { query } from './sql.js';

/** Audit entries are flow events with actor `staff` (SPEC §3, §6). */
export class SqlAuditTrail implements AuditTrail {
  constructor(private readonly orm: MikroORM) {}

  async append(entry: AuditEntry): Promise<void> {
    await query(
      this.orm,
      `insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload) values (?, 'staff', ?, ?, ?::jsonb)`,
      [
        auditCorrelationId(entry.resource, entry.resourceId),
        entry.actorUserId,
        entry.eventType,
        JSON.stringify({ ...entry.payload, request_id: entry.requestId }),
      ],
    );
  }
}
