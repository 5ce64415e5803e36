import { type MikroORM } from '@mikro-orm/postgresql';
import { conflict } from '../../domain/errors.js';
import {
  type RepositoryProvider,
  type RepositoryRecord,
  type RepositoryStore,
  type RepositoryWithCredentials,
} from '../../domain/repositories/ports.js';
import { type Page, type PageRequest } from '../../domain/staff/pagination.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { query, queryOne, sqlState, toDate } from './sql.js';

interface RepositorySqlRow {
  id: string;
  project_id: string;
  provider: RepositoryProvider;
  external_id: string;
  owner: string;
  name: string;
  services_yaml_path: string;
  created_at: string | Date;
  updated_at: string | Date;
}

interface CredentialsSqlRow extends RepositorySqlRow {
  token_encrypted: Buffer;
  webhook_id: string | null;
}

const columns =
  'id, project_id, provider, external_id, owner, name, services_yaml_path, created_at, updated_at';
const credentialColumns = `${columns}, token_encrypted, webhook_id`;

function toRecord(row: RepositorySqlRow): RepositoryRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    provider: row.provider,
    externalId: Number(row.external_id),
    owner: row.owner,
    name: row.name,
    servicesYamlPath: row.services_yaml_path,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

function toCredentials(row: CredentialsSqlRow): RepositoryWithCredentials {
  return {
    ...toRecord(row),
    tokenEncrypted: row.token_encrypted,
    webhookId: row.webhook_id === null ? null : Number(row.webhook_id),
  };
}

export class SqlRepositoryStore implements RepositoryStore {
  constructor(private readonly orm: MikroORM) {}

  async projectExists(projectId: string): Promise<boolean> {
    return (await queryOne(this.orm, 'select 1 from projects where id = ?', [projectId])) !== null;
  }

  async list(projectId: string, page: PageRequest): Promise<Page<RepositoryRecord>> {
    const key = decodeCursor('repositories', page.cursor, ['string', 'string']);
    const rows = await query<RepositorySqlRow>(
      this.orm,
      `select ${columns} from repositories where project_id = ? ${key !== null ? "and (lower(owner || '/' || name), id) > (?, ?::uuid)" : ''}
       order by lower(owner || '/' || name), id limit ?`,
      key !== null
        ? [projectId, String(key[0]), String(key[1]), page.limit + 1]
        : [projectId, page.limit + 1],
    );
    return toPage(rows, page.limit, toRecord, (row) =>
      encodeCursor('repositories', [`${row.owner}/${row.name}`.toLowerCase(), row.id]),
    );
  }

  async findInProject(projectId: string, repositoryId: string): Promise<RepositoryWithCredentials | null> {
    const row = await queryOne<CredentialsSqlRow>(
      this.orm,
      `select ${credentialColumns} from repositories where project_id = ? and id = ?`,
      [projectId, repositoryId],
    );
    return row ? toCredentials(row) : null;
  }

  async findByExternalId(
    provider: RepositoryProvider,
    externalId: number,
  ): Promise<RepositoryWithCredentials | null> {
    const row = await queryOne<CredentialsSqlRow>(
      this.orm,
      `select ${credentialColumns} from repositories where provider = ? and external_id = ?`,
      [provider, externalId],
    );
    return row ? toCredentials(row) : null;
  }

  async listWithCredentials(projectId: string): Promise<RepositoryWithCredentials[]> {
    const rows = await query<CredentialsSqlRow>(
      this.orm,
      `select ${credentialColumns} from repositories where project_id = ? order by id`,
      [projectId],
    );
    return rows.map(toCredentials);
  }

  async save(input: {
    projectId: string;
    provider: RepositoryProvider;
    externalId: number;
    owner: string;
    name: string;
    tokenEncrypted: Buffer;
    servicesYamlPath: string;
    webhookId: number | null;
  }): Promise<{ repository: RepositoryRecord; created: boolean }> {
    let row: (RepositorySqlRow & { created: boolean }) | null;
    try {
      // The update applies only within the same project: a repository bound elsewhere stays there.
      row = await queryOne<RepositorySqlRow & { created: boolean }>(
        this.orm,
        `insert into repositories as r (project_id, provider, external_id, owner, name, token_encrypted, services_yaml_path, webhook_id)
         values (?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (provider, external_id) do update set owner = excluded.owner, name = excluded.name,
           token_encrypted = excluded.token_encrypted, services_yaml_path = excluded.services_yaml_path,
           webhook_id = excluded.webhook_id, updated_at = now()
         where r.project_id = excluded.project_id
         returning ${columns}, (xmax = 0) as created`,
        [
          input.projectId,
          input.provider,
          input.externalId,
          input.owner,
          input.name,
          input.tokenEncrypted,
          input.servicesYamlPath,
          input.webhookId,
        ],
      );
    } catch (error) {
      if (sqlState(error) === '23505')
        throw conflict('repository: this project already has a repository with that name');
      throw error;
    }
    if (!row) throw conflict('repository: already attached to another project');
    return { repository: toRecord(row), created: row.created };
  }

  async delete(repositoryId: string): Promise<boolean> {
    const rows = await query(this.orm, 'delete from repositories where id = ? returning 1', [repositoryId]);
    return rows.length > 0;
  }
}
