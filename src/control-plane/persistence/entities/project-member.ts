import { EntitySchema, type OptionalProps, type PrimaryKeyProp } from '@mikro-orm/core';
import { type ProjectRole, projectRoles } from '../../../shared/contract/project-role.js';
import { ProjectEntity, type ProjectRow } from './project.js';
import { UserEntity, type UserRow } from './user.js';

export interface ProjectMemberRow {
  [PrimaryKeyProp]?: ['project', 'user'];
  [OptionalProps]?: 'createdAt' | 'updatedAt';
  project: ProjectRow;
  user: UserRow;
  role: ProjectRole;
  learningModeOverride: boolean | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ProjectMemberEntity = new EntitySchema<ProjectMemberRow>({
  name: 'ProjectMemberRow',
  tableName: 'project_members',
  properties: {
    project: {
      kind: 'm:1',
      entity: () => ProjectEntity,
      primary: true,
      deleteRule: 'cascade',
      updateRule: 'no action',
    },
    user: {
      kind: 'm:1',
      entity: () => UserEntity,
      primary: true,
      deleteRule: 'cascade',
      updateRule: 'no action',
      index: true,
    },
    role: { enum: true, items: [...projectRoles] },
    learningModeOverride: { type: 'boolean', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
  },
});
