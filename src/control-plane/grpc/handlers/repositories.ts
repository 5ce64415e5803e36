import { toTimestamp, type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { type RepositoryRecord } from '../../domain/repositories/ports.js';
import { type RepositoriesService } from '../../domain/repositories/repositories.js';
import { unary, type HandlerDependencies } from '../handler.js';
import { staffCall } from './staff-call.js';

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
  service: RepositoriesService,
): Pick<
  ControlPlaneHandlers,
  'listProjectRepositories' | 'upsertProjectRepository' | 'deleteProjectRepository'
> {
  return {
    listProjectRepositories: unary(deps, async (request: v1.ListProjectRepositoriesRequest, context) => {
      const page = await service.list(
        staffCall(request.principal, context),
        request.projectId,
        request.limit,
        request.cursor,
      );
      return { items: page.items.map(repositoryMessage), nextCursor: page.nextCursor };
    }),
    upsertProjectRepository: unary(deps, async (request: v1.UpsertProjectRepositoryRequest, context) => ({
      repository: repositoryMessage(
        await service.upsert(staffCall(request.principal, context), {
          projectId: request.projectId,
          provider: request.provider,
          owner: request.owner,
          name: request.name,
          token: request.token,
          servicesYamlPath: request.servicesYamlPath,
        }),
      ),
    })),
    deleteProjectRepository: unary(deps, async (request: v1.DeleteProjectRepositoryRequest, context) => {
      await service.delete(staffCall(request.principal, context), {
        projectId: request.projectId,
        repositoryId: request.repositoryId,
      });
      return {};
    }),
  };
}
