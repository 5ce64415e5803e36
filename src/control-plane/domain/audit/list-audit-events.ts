import { isPlatformAdmin, requireActor, requireProjectAdmin } from '../access/policy.js';
import { because, permissionDenied } from '../errors.js';
import { type Page, type PageInput, pageRequest } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { optionalUuid } from '../staff-call/validation.js';
import { type AuditEvent, auditEventOf } from './audit-event.js';
import { type AuditPorts } from './ports.js';

export interface ListAuditEventsInput extends PageInput {
  /** Empty = every project (platform admins only). */
  projectId?: string;
  /** Empty = every actor. */
  actorId?: string;
}

/**
 * audit.list (issue 21): who did what when, newest first. Platform admins read every entry; a
 * project admin reads the entries of a project they administer, which they must name; nobody else.
 */
export async function listAuditEvents(
  deps: AuditPorts,
  call: StaffCall,
  input: ListAuditEventsInput,
): Promise<Page<AuditEvent>> {
  const page = pageRequest(input);
  const projectId = optionalUuid('projectId', input.projectId);
  const actorId = optionalUuid('actorId', input.actorId);
  const actor = await requireActor(deps.directory, call.actorUserId);
  if (!isPlatformAdmin(actor)) {
    if (projectId === null)
      throw permissionDenied(
        'only platform admins read the whole audit trail; project admins name their project',
        because('platform_admin_only'),
      );
    await requireProjectAdmin(deps.directory, actor, projectId);
  }
  const stored = await deps.auditLog.list({ projectId, actorId }, page);
  return { items: stored.items.map(auditEventOf), nextCursor: stored.nextCursor };
}
