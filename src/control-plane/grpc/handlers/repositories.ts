import { toTimestamp, type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { type DeliveryRecoveryPorts } from '../../domain/delivery-recovery/ports.js';
import { recoverDeliveries } from '../../domain/delivery-recovery/recover-deliveries.js';
import { deleteRepository } from '../../domain/repositories/delete-repository.js';
import { listRepositories } from '../../domain/repositories/list-repositories.js';
import {
  type ListedRepository,
  type RepositoriesPorts,
  type RepositoryRecord,
} from '../../domain/repositories/ports.js';
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

/** A listed repository with the last walk of its delivery log. */
function listedRepositoryMessage(repository: ListedRepository): v1.Repository.$Properties {
  const recovery = repository.recovery;
  return {
    ...repositoryMessage(repository),
    ...(recovery
      ? {
          ...(recovery.lastWalkAt ? { lastRecoveryAt: toTimestamp(recovery.lastWalkAt) } : {}),
          lastRecoveryOutcome: recovery.lastOutcome ?? '',
          lastRecoveryError: recovery.lastError ?? '',
          lastRecovered: recovery.lastRecovered,
          deliveriesRecovered: recovery.recoveredTotal,
        }
      : {}),
  };
}

/**
 * ListProjectRepositories, UpsertProjectRepository, DeleteProjectRepository and
 * RecoverRepositoryDeliveries: mapping only. `walker` is this replica's lease owner id.
 */
export function repositoriesHandlers(
  deps: HandlerDependencies,
  repositories: RepositoriesPorts,
  recovery: { ports: DeliveryRecoveryPorts; walker: string },
): Pick<
  ControlPlaneHandlers,
  | 'listProjectRepositories'
  | 'upsertProjectRepository'
  | 'deleteProjectRepository'
  | 'recoverRepositoryDeliveries'
> {
  return {
    listProjectRepositories: staffUnary(deps, async (call, request: v1.ListProjectRepositoriesRequest) =>
      pageMessage(await listRepositories(repositories, call, request), listedRepositoryMessage),
    ),
    recoverRepositoryDeliveries: staffUnary(
      deps,
      async (call, request: v1.RecoverRepositoryDeliveriesRequest) =>
        await recoverDeliveries(recovery.ports, call, request, recovery.walker),
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
