import { type StaffCall } from '../staff-call/staff-call.js';
import { type RepositoriesPorts, type RepositoryWithCredentials } from './ports.js';

/**
 * Removes the platform's GitHub webhook of a repository, best effort (SPEC §6): a failure is
 * reported through `warn`, never thrown; the caller goes on either way. True when it was removed.
 */
export async function removeRepositoryWebhook(
  deps: Pick<RepositoriesPorts, 'github' | 'cipher'>,
  repository: RepositoryWithCredentials,
  warn: StaffCall['warn'],
): Promise<boolean> {
  if (repository.provider !== 'github') return false;
  try {
    const token = deps.cipher.decrypt(repository.tokenEncrypted);
    await deps.github.deleteWebhook(token, repository.owner, repository.name, repository.webhookId);
    return true;
  } catch (error) {
    warn(
      {
        repositoryId: repository.id,
        repository: `${repository.owner}/${repository.name}`,
        err: error instanceof Error ? error.message : String(error),
      },
      'could not remove the GitHub webhook; remove it by hand if the repository still exists',
    );
    return false;
  }
}
