import { requireActor, requirePlatformOwner } from '../access/policy.js';
import { because, notFound } from '../errors.js';
import { withAudit } from '../staff-call/audit.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type ProjectsPorts } from './ports.js';

/**
 * projects.delete (SPEC §6): the platform owner only. The project's GitHub webhooks are removed
 * (best effort), then the project with its runs' history, audited in the same transaction.
 */
export async function deleteProject(
  deps: Pick<ProjectsPorts, 'directory' | 'projects' | 'webhooks' | 'audit' | 'transactor'>,
  call: StaffCall,
  input: { projectId: string },
): Promise<void> {
  const actor = await requireActor(deps.directory, call.actorUserId);
  requirePlatformOwner(actor);
  const project = await deps.projects.findById(requireUuid('projectId', input.projectId));
  if (!project) throw notFound('project not found', because('project_not_found'));

  // GitHub first and outside the transaction: a slow or failing GitHub must not hold locks,
  // and a hook left behind only produces deliveries that resolve to no binding.
  const hooks = await deps.webhooks.removeProjectWebhooks(project.id, call.warn);

  await withAudit(
    deps,
    call,
    actor,
    () => deps.projects.deleteWithRunHistory(project.id),
    (deleted) => ({
      eventType: 'project.deleted',
      resource: 'project',
      resourceId: project.id,
      payload: {
        project_id: project.id,
        slug: project.slug,
        name: project.name,
        runs_deleted: deleted.runsDeleted,
        flow_events_deleted: deleted.flowEventsDeleted,
        repositories: hooks.repositories,
        webhooks_removed: hooks.removed,
      },
    }),
  );
}
