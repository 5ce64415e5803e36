import { requireActor, requireExistingProject, requireProjectWriter } from '../access/policy.js';
import { because, notFound } from '../errors.js';
import { withAudit } from '../staff-call/audit.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type RepositoriesPorts } from './ports.js';
import { repositoryAuditFields } from './repository-audit.js';
import { removeRepositoryWebhook } from './repository-webhook.js';

/**
 * repositories.delete (SPEC §6): platform admins and the project's admins and read_write members
 * detach a repository; its GitHub webhook is removed first, best effort.
 */
export async function deleteRepository(
  deps: Pick<RepositoriesPorts, 'directory' | 'repositories' | 'github' | 'cipher' | 'audit' | 'transactor'>,
  call: StaffCall,
  input: { projectId: string; repositoryId: string },
): Promise<void> {
  const actor = await requireActor(deps.directory, call.actorUserId);
  const projectId = await requireExistingProject(deps.directory, input.projectId);
  await requireProjectWriter(deps.directory, actor, projectId);
  const repository = await deps.repositories.findInProject(
    projectId,
    requireUuid('repositoryId', input.repositoryId),
  );
  if (!repository) throw notFound('repository not found in this project', because('repository_not_found'));
  const webhookRemoved = await removeRepositoryWebhook(deps, repository, call.warn);
  await withAudit(
    deps,
    call,
    actor,
    () => deps.repositories.delete(repository.id),
    () => ({
      eventType: 'repository.deleted',
      resource: 'repository',
      resourceId: repository.id,
      payload: { ...repositoryAuditFields(repository), webhook_removed: webhookRemoved },
    }),
  );
}
