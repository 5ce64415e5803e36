import { BigIntType, EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { type RepositoryProvider } from '../../domain/repositories/ports.js';
import { ProjectEntity } from './project.js';
import { foreignKeyId } from './foreign-key.js';

export interface RepositoryRow {
  [OptionalProps]?: 'servicesYamlPath' | 'createdAt' | 'updatedAt';
  id: string;
  projectId: string;
  provider: RepositoryProvider;
  externalId: number;
  owner: string;
  name: string;
  /** AES-256-GCM ciphertext of the access token; never leaves the control-plane. */
  tokenEncrypted: Buffer;
  servicesYamlPath: string;
  /** GitHub's id of the webhook we created, so updates and deletes hit the same hook. */
  webhookId: number | null;
  createdAt: Date;
  updatedAt: Date;
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
