import { type StoredAuditEvent } from './ports.js';

export type AuditTargetKind = 'project' | 'user' | 'member' | 'repository' | 'run';

/** Who did what when, and to what (audit.list, issue 21). */
export interface AuditEvent extends StoredAuditEvent {
  /** What changed; its id: a project, user, repository or run id, `<project id>:<user id>` for a member. */
  target: { kind: AuditTargetKind; id: string } | null;
  /** The user a user or member change is about. */
  userId: string | null;
  runId: string | null;
  repositoryId: string | null;
}

const staffResource = /^staff:(project|user|member|repository):(.+)$/;
const textOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * What an entry changed, read from its correlation id (`staff:<resource>:<id>`, see
 * staff-call/audit.ts) or, for a run's staff events (a cancel), from the payload's `run_id`.
 */
export function auditEventOf(stored: StoredAuditEvent): AuditEvent {
  const payload = stored.payload;
  const resource = staffResource.exec(stored.correlationId);
  const runId = textOf(payload.run_id);
  const kind = resource?.[1] as AuditTargetKind | undefined;
  const target =
    resource && kind ? { kind, id: resource[2]! } : runId ? { kind: 'run' as const, id: runId } : null;
  return {
    ...stored,
    target,
    userId: kind === 'user' ? (target?.id ?? null) : textOf(payload.user_id),
    runId,
    repositoryId: kind === 'repository' ? (target?.id ?? null) : textOf(payload.repository_id),
  };
}
