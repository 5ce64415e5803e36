import { type AccessDirectory } from '../access/actor.js';
import { type Page, type PageRequest } from '../staff-call/pagination.js';

/** One staff audit entry as stored: a flow event with actor `staff` (SPEC §6). */
export interface StoredAuditEvent {
  id: number;
  correlationId: string;
  eventType: string;
  actorId: string;
  /** Null when the user no longer exists. */
  actorEmail: string | null;
  projectId: string | null;
  /** Null when the project no longer exists (or the entry has none). */
  projectSlug: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
}

export interface AuditFilter {
  projectId: string | null;
  actorId: string | null;
}

export interface AuditLog {
  /** Staff entries, newest first (keyset on id). */
  list(filter: AuditFilter, page: PageRequest): Promise<Page<StoredAuditEvent>>;
}

export interface AuditPorts {
  directory: AccessDirectory;
  auditLog: AuditLog;
}
