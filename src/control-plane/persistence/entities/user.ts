import { BigIntType, EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { type StaffUser } from '../../domain/users/ports.js';

/** A row of `users`: the domain's StaffUser as stored. */
export interface UserRow extends StaffUser {
  [OptionalProps]?: 'isPlatformAdmin' | 'isPlatformOwner' | 'createdAt' | 'updatedAt' | 'lastSignInAt';
}

export const UserEntity = new EntitySchema<UserRow>({
  name: 'UserRow',
  tableName: 'users',
  properties: {
    id: { type: 'uuid', primary: true, defaultRaw: 'gen_random_uuid()' },
    // Stored lower-cased by the domain; unique case-insensitively (users_email_lower_key).
    email: { type: 'text' },
    githubUserId: { type: new BigIntType('number'), nullable: true },
    githubLogin: { type: 'text', nullable: true },
    isPlatformAdmin: { type: 'boolean', default: false },
    isPlatformOwner: { type: 'boolean', default: false },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    lastSignInAt: { type: 'datetime', nullable: true },
  },
  indexes: [
    {
      // The webhook ingest matches senders to users by GitHub login, case-insensitively.
      name: 'users_github_login_lower_idx',
      expression:
        'create index users_github_login_lower_idx on users (lower(github_login)) where github_login is not null',
    },
  ],
  checks: [{ name: 'users_email_check', expression: "email <> '' and length(email) <= 320" }],
  uniques: [
    {
      name: 'users_email_lower_key',
      expression: 'create unique index users_email_lower_key on users (lower(email))',
    },
    {
      // One platform owner at most.
      name: 'users_single_owner_key',
      expression:
        'create unique index users_single_owner_key on users (is_platform_owner) where is_platform_owner',
    },
    {
      name: 'users_github_user_id_key',
      expression:
        'create unique index users_github_user_id_key on users (github_user_id) where github_user_id is not null',
    },
  ],
});
