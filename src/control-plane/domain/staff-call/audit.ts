import { type StaffCall } from './staff-call.js';
import { type Transactor } from './transaction.js';

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
  /**
   * The project the change belongs to (audit.list scopes project admins by it); null for users.
   * withAudit takes it from the payload's `project_id` unless the change names it.
   */
  projectId: string | null;
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

/** A staff change as its audit entry describes it; who made it and in which request come from the call. */
export type AuditedChange = Omit<AuditEntry, 'actorUserId' | 'requestId' | 'projectId'> & {
  projectId?: string | null;
};

/** The project of a change: as named, else its payload's `project_id`. */
function projectOf(change: AuditedChange): string | null {
  if (change.projectId !== undefined) return change.projectId;
  const fromPayload = change.payload.project_id;
  return typeof fromPayload === 'string' && fromPayload !== '' ? fromPayload : null;
}

/**
 * Runs `change` in one transaction with its audit entry (SPEC §6): both commit or neither does.
 * `describe` turns what the change returned into the entry; the change returns it to the caller.
 */
export function withAudit<T>(
  deps: { transactor: Transactor; audit: AuditTrail },
  call: StaffCall,
  actor: { userId: string },
  change: () => Promise<T>,
  describe: (result: T) => AuditedChange,
): Promise<T> {
  return deps.transactor.inTransaction(async () => {
    const result = await change();
    const described = describe(result);
    await deps.audit.append({
      ...described,
      projectId: projectOf(described),
      actorUserId: actor.userId,
      requestId: call.requestId,
    });
    return result;
  });
}
