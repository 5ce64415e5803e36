import { toTimestamp, type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { type AuditEvent } from '../../domain/audit/audit-event.js';
import { listAuditEvents } from '../../domain/audit/list-audit-events.js';
import { type AuditPorts } from '../../domain/audit/ports.js';
import { type HandlerDependencies } from '../handler.js';
import { pageMessage } from './page-message.js';
import { staffUnary } from './staff-call.js';

const auditEventMessage = (event: AuditEvent): v1.IAuditEvent => ({
  id: event.id,
  eventType: event.eventType,
  actorId: event.actorId,
  actorEmail: event.actorEmail ?? '',
  projectId: event.projectId ?? '',
  projectSlug: event.projectSlug ?? '',
  targetKind: event.target?.kind ?? '',
  targetId: event.target?.id ?? '',
  userId: event.userId ?? '',
  runId: event.runId ?? '',
  repositoryId: event.repositoryId ?? '',
  payloadJson: JSON.stringify(event.payload),
  createdAt: toTimestamp(event.createdAt),
});

/** ListAuditEvents: mapping only (the request has the use-case's input shape). */
export function auditHandlers(
  deps: HandlerDependencies,
  audit: AuditPorts,
): Pick<ControlPlaneHandlers, 'listAuditEvents'> {
  return {
    listAuditEvents: staffUnary(deps, async (call, request: v1.ListAuditEventsRequest) =>
      pageMessage(await listAuditEvents(audit, call, request), auditEventMessage),
    ),
  };
}
