import { EntitySchema, type OptionalProps } from '@mikro-orm/core';

export interface ProjectSettings {
  learning_mode_default?: boolean;
  /** The project's trigger policy (SPEC §11), read by the domain's triggers feature. */
  triggers?: unknown;
}

export interface ProjectRow {
  [OptionalProps]?: 'settings' | 'createdAt' | 'updatedAt';
  id: string;
  slug: string;
  name: string;
  settings: ProjectSettings;
  createdAt: Date;
  updatedAt: Date;
}

export const ProjectEntity = new EntitySchema<ProjectRow>({
  name: 'ProjectRow',
  tableName: 'projects',
  properties: {
    id: { type: 'uuid', primary: true, defaultRaw: 'gen_random_uuid()' },
    slug: { type: 'text', unique: true },
    name: { type: 'text' },
    settings: { type: 'json', columnType: 'jsonb', default: '{}' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
  },
  checks: [
    { name: 'projects_slug_check', expression: "slug ~ '^[a-z0-9][a-z0-9._-]{0,99}$'" },
    { name: 'projects_name_check', expression: "name <> '' and length(name) <= 200" },
  ],
});
