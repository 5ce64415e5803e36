import { BigIntType, EntitySchema } from '@mikro-orm/core';

export interface UserRow {
  id: string;
  email: string;
  githubUserId: number | null;
  githubLogin: string | null;
  isPlatformAdmin: boolean;
  isPlatformOwner: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const UserEntity = new EntitySchema<UserRow>({
  name: 'UserRow',
  tableName: 'users',
  properties: {
    id: { type: 'uuid', primary: true, defaultRaw: 'gen_random_uuid()' },
    // Unique case-insensitively (index on lower(email) in the migration); stored lower-cased by the domain.
    email: { type: 'text' },
    githubUserId: { type: new BigIntType('number'), nullable: true, fieldName: 'github_user_id' },
    githubLogin: { type: 'text', nullable: true },
    isPlatformAdmin: { type: 'boolean', default: false },
    isPlatformOwner: { type: 'boolean', default: false },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
  },
});
