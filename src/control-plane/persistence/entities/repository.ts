import { BigIntType, EntitySchema } from '@mikro-orm/core';

export type RepositoryProvider = 'github' | 'gitlab';

export interface RepositoryRow {
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

export const RepositoryEntity = new EntitySchema<RepositoryRow>({
  name: 'RepositoryRow',
  tableName: 'repositories',
  properties: {
    id: { type: 'uuid', primary: true, defaultRaw: 'gen_random_uuid()' },
    projectId: { type: 'uuid' },
    provider: { type: 'text' },
    externalId: { type: new BigIntType('number') },
    owner: { type: 'text' },
    name: { type: 'text' },
    tokenEncrypted: { type: 'blob', columnType: 'bytea', lazy: true },
    servicesYamlPath: { type: 'text', default: 'services.yaml' },
    webhookId: { type: new BigIntType('number'), nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
  },
});
