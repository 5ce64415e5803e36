import { QueryOrder, raw, sql } from '@mikro-orm/core';
import { type MikroORM } from '@mikro-orm/postgresql';
import { because, conflict } from '../../domain/errors.js';
import {
  type RepositoryProvider,
  type RepositoryRecord,
  type RepositoryStore,
  type RepositoryWithCredentials,
} from '../../domain/repositories/ports.js';
import { type Page, type PageRequest } from '../../domain/staff-call/pagination.js';
import { RepositoryEntity, type RepositoryRow } from '../entities/repository.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { currentEntityManager, upsertReturning } from './entity-manager.js';
import { isUniqueViolation } from './sql-errors.js';

function toRecord(repository: RepositoryRow): RepositoryRecord {
  return {
    id: repository.id,
    projectId: repository.projectId,
    provider: repository.provider,
    externalId: repository.externalId,
    owner: repository.owner,
    name: repository.name,
    servicesYamlPath: repository.servicesYamlPath,
    createdAt: repository.createdAt,
    updatedAt: repository.updatedAt,
  };
}

function toCredentials(repository: RepositoryRow): RepositoryWithCredentials {
  return {
    ...toRecord(repository),
    tokenEncrypted: repository.tokenEncrypted,
    webhookId: repository.webhookId,
  };
}

/** The token is lazy (lists never read it): the reads that manage webhooks ask for it. */
const withToken = { populate: ['tokenEncrypted'] } as const;

export class SqlRepositoryStore implements RepositoryStore {
  constructor(private readonly orm: MikroORM) {}

  async list(projectId: string, page: PageRequest): Promise<Page<RepositoryRecord>> {
    const key = decodeCursor('repositories', page.cursor, ['string', 'string']);
    const after =
      key === null ? {} : { [sql`(lower(owner || '/' || name), id) > (${key[0]}, ${key[1]}::uuid)`]: [] };
    const repositories = await currentEntityManager(this.orm).find(
      RepositoryEntity,
      { projectId, ...after },
      {
        orderBy: { [sql`lower(owner || '/' || name)`]: QueryOrder.ASC, id: QueryOrder.ASC },
        limit: page.limit + 1,
      },
    );
    return toPage(repositories, page.limit, toRecord, (repository) =>
      encodeCursor('repositories', [`${repository.owner}/${repository.name}`.toLowerCase(), repository.id]),
    );
  }

  async findInProject(projectId: string, repositoryId: string): Promise<RepositoryWithCredentials | null> {
    const repository = await currentEntityManager(this.orm).findOne(
      RepositoryEntity,
      { projectId, id: repositoryId },
      withToken,
    );
    return repository ? toCredentials(repository) : null;
  }

  async findByExternalId(
    provider: RepositoryProvider,
    externalId: number,
  ): Promise<RepositoryWithCredentials | null> {
    const repository = await currentEntityManager(this.orm).findOne(
      RepositoryEntity,
      { provider, externalId },
      withToken,
    );
    return repository ? toCredentials(repository) : null;
  }

  async listWithCredentials(projectId: string): Promise<RepositoryWithCredentials[]> {
    const repositories = await currentEntityManager(this.orm).find(
      RepositoryEntity,
      { projectId },
      { ...withToken, orderBy: { id: QueryOrder.ASC } },
    );
    return repositories.map(toCredentials);
  }

  async save(
    input: Omit<RepositoryWithCredentials, 'id' | 'createdAt' | 'updatedAt'>,
  ): Promise<{ repository: RepositoryRecord; created: boolean }> {
    const em = currentEntityManager(this.orm);
    const excluded = (column: string) => raw(`excluded.${column}`);
    let upserted: Awaited<ReturnType<typeof upsertReturning<RepositoryRow>>>;
    try {
      upserted = await upsertReturning(
        em,
        RepositoryEntity,
        em
          .createQueryBuilder(RepositoryEntity)
          .insert(input)
          .onConflict(['provider', 'externalId'])
          .merge({
            owner: excluded('owner'),
            name: excluded('name'),
            tokenEncrypted: excluded('token_encrypted'),
            servicesYamlPath: excluded('services_yaml_path'),
            webhookId: excluded('webhook_id'),
            updatedAt: raw('now()'),
          })
          // The update applies only within the same project: a repository bound elsewhere stays there.
          .where({ projectId: raw('excluded.project_id') }),
      );
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(
          'repository: this project already has a repository with that name',
          because('repository_name_taken'),
        );
      throw error;
    }
    if (!upserted)
      throw conflict('repository: already attached to another project', because('repository_taken'));
    return { repository: toRecord(upserted.entity), created: upserted.inserted };
  }

  async delete(repositoryId: string): Promise<boolean> {
    return (await currentEntityManager(this.orm).nativeDelete(RepositoryEntity, { id: repositoryId })) > 0;
  }
}
