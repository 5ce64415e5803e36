import { EntitySchema } from '@mikro-orm/core';

export type ProjectRole = 'read' | 'read_write' | 'admin';

export interface ProjectMemberRow {
  projectId: string;
  userId: string;
  role: ProjectRole;
  learningModeOverride: boolean | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ProjectMemberEntity = new EntitySchema<ProjectMemberRow>({
  name: 'ProjectMemberRow',
  tableName: 'project_members',
  properties: {
    projectId: { type: 'uuid', primary: true },
    userId: { type: 'uuid', primary: true },
    role: { type: 'text' },
    learningModeOverride: { type: 'boolean', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
  },
});
