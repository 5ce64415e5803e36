import { type MikroORM } from '@mikro-orm/postgresql';
import { type AuditEntry, type AuditTrail, auditCorrelationId } from '../../domain/staff-call/audit.js';
import { FlowEventEntity } from '../entities/flow-event.js';
import { currentEntityManager } from './entity-manager.js';

/**
 * Audit entries are flow events with actor `staff` (SPEC §6). An entry joins the use-case's unit
 * of work and is written by the flush that commits its transaction, with the change it records;
 * outside a transaction it is written at once.
 */
export class SqlAuditTrail implements AuditTrail {
  constructor(private readonly orm: MikroORM) {}

  async append(entry: AuditEntry): Promise<void> {
    const em = currentEntityManager(this.orm);
    em.create(FlowEventEntity, {
      correlationId: auditCorrelationId(entry.resource, entry.resourceId),
      actorType: 'staff',
      actorId: entry.actorUserId,
      eventType: entry.eventType,
      payload: { ...entry.payload, request_id: entry.requestId },
      projectId: entry.projectId,
    });
    if (!em.isInTransaction()) await em.flush();
  }
}
