import { type RepositoryRecord } from './ports.js';

/** What every audit entry of a repository change says about the repository (never its token). */
export function repositoryAuditFields(repository: RepositoryRecord) {
  return {
    project_id: repository.projectId,
    repository_id: repository.id,
    provider: repository.provider,
    external_id: repository.externalId,
    full_name: `${repository.owner}/${repository.name}`,
  };
}
