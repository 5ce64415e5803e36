import { toTimestamp, type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { deleteRepository } from '../../domain/repositories/delete-repository.js';
import { listRepositories } from '../../domain/repositories/list-repositories.js';
import { type RepositoriesPorts, type RepositoryRecord } from '../../domain/repositories/ports.js';
import { upsertRepository } from '../../domain/repositories/upsert-repository.js';
import { type HandlerDependencies } from '../handler.js';
import { staffUnary } from './staff-call.js';
import { pageMessage } from './page-message.js';

/** Only the public view: the token and its ciphertext never leave the control-plane. */
function repositoryMessage(repository: RepositoryRecord): v1.Repository.$Properties {
  return {
    id: repository.id,
    projectId: repository.projectId,
    provider: repository.provider,
    externalId: repository.externalId,
    owner: repository.owner,
    name: repository.name,
    servicesYamlPath: repository.servicesYamlPath,
    createdAt: toTimestamp(repository.createdAt),
    updatedAt: toTimestamp(repository.updatedAt),
  };
}

/** ListProjectRepositories, UpsertProjectRepository, DeleteProjectRepository: mapping only. */
export function repositoriesHandlers(
  deps: HandlerDependencies,
  repositories: RepositoriesPorts,
): Pick<
  ControlPlaneHandlers,
  'listProjectRepositories' | 'upsertProjectRepository' | 'deleteProjectRepository'
> {
  return {
    listProjectRepositories: staffUnary(deps, async (call, request: v1.ListProjectRepositoriesRequest) =>
      pageMessage(await listRepositories(repositories, call, request), repositoryMessage),
    ),
    upsertProjectRepository: staffUnary(deps, async (call, request: v1.UpsertProjectRepositoryRequest) => ({
      repository: repositoryMessage(await upsertRepository(repositories, call, request)),
    })),
    deleteProjectRepository: staffUnary(deps, async (call, request: v1.DeleteProjectRepositoryRequest) => {
      await deleteRepository(repositories, call, request);
      return {};
    }),
  };
}
