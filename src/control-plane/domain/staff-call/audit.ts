/**
 * The audit trail of staff mutations (SPEC §6): one flow event per change, actor `staff` and the
 * user id. The correlation id is `staff:<resource>:<id>`, so the history of one resource is one
 * indexed lookup and never mixes with a run's events; the request id travels in the payload.
 */
export interface AuditEntry {
  actorUserId: string;
  /** e.g. `project.upserted`, `user.deleted`. */
  eventType: string;
  resource: 'project' | 'user' | 'member' | 'repository';
  resourceId: string;
  requestId: string;
  /** What changed; never a token or any other secret. */
  payload: Record<string, unknown>;
}

export interface AuditTrail {
  append(entry: AuditEntry): Promise<void>;
}

export function auditCorrelationId(resource: AuditEntry['resource'], resourceId: string): string {
  return `staff:${resource}:${resourceId}`;
}
