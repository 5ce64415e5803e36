import { BigIntType, EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { type RepositoryProvider, type RepositoryWithCredentials } from '../../domain/repositories/ports.js';
import { ProjectEntity } from './project.js';
import { foreignKeyId } from './foreign-key.js';

/** A row of `repositories`: the domain's repository with its credentials, as stored. */
export interface RepositoryRow extends RepositoryWithCredentials {
  [OptionalProps]?: 'servicesYamlPath' | 'createdAt' | 'updatedAt';
}

const providers: readonly RepositoryProvider[] = ['github', 'gitlab'];

export const RepositoryEntity = new EntitySchema<RepositoryRow>({
  name: 'RepositoryRow',
  tableName: 'repositories',
  properties: {
    id: { type: 'uuid', primary: true, defaultRaw: 'gen_random_uuid()' },
    projectId: foreignKeyId(ProjectEntity, 'project_id', 'cascade'),
    provider: { enum: true, items: [...providers] },
    externalId: { type: new BigIntType('number') },
    owner: { type: 'text' },
    name: { type: 'text' },
    // Lazy: read only by the reads that manage webhooks, never by lists.
    tokenEncrypted: { type: 'blob', columnType: 'bytea', lazy: true },
    servicesYamlPath: { type: 'text', default: 'services.yaml' },
    webhookId: { type: new BigIntType('number'), nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
  },
  uniques: [
    { properties: ['provider', 'externalId'] },
    {
      name: 'repositories_project_provider_owner_name_key',
      properties: ['projectId', 'provider', 'owner', 'name'],
    },
  ],
  checks: [
    { name: 'repositories_owner_check', expression: "owner <> ''" },
    { name: 'repositories_name_check', expression: "name <> ''" },
  ],
});
