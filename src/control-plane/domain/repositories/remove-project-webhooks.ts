import { type StaffCall } from '../staff-call/staff-call.js';
import { type RepositoriesPorts } from './ports.js';
import { removeRepositoryWebhook } from './repository-webhook.js';

/**
 * The webhook clean-up of projects.delete (the projects feature's ProjectWebhookRemover): every
 * repository of the project loses its GitHub webhook, best effort.
 */
export async function removeProjectWebhooks(
  deps: Pick<RepositoriesPorts, 'repositories' | 'github' | 'cipher'>,
  input: { projectId: string; warn: StaffCall['warn'] },
): Promise<{ repositories: number; removed: number }> {
  const repositories = await deps.repositories.listWithCredentials(input.projectId);
  let removed = 0;
  for (const repository of repositories)
    if (await removeRepositoryWebhook(deps, repository, input.warn)) removed += 1;
  return { repositories: repositories.length, removed };
}
