import { type MikroORM } from '@mikro-orm/postgresql';
import { type AccessDirectory, type Actor, type ProjectRole } from '../../domain/access/actor.js';
import { ProjectMemberEntity } from '../entities/project-member.js';
import { UserEntity } from '../entities/user.js';
import { isUserId } from './caller-reads.js';
import { currentEntityManager } from './entity-manager.js';

/** The AccessDirectory port over `users` and `project_members`: read fresh on every call. */
export class SqlAccessDirectory implements AccessDirectory {
  constructor(private readonly orm: MikroORM) {}

  async findActor(userId: string): Promise<Actor | null> {
    if (!isUserId(userId)) return null;
    const user = await currentEntityManager(this.orm).findOne(UserEntity, { id: userId });
    return user
      ? {
          userId: user.id,
          email: user.email,
          isPlatformAdmin: user.isPlatformAdmin,
          isPlatformOwner: user.isPlatformOwner,
        }
      : null;
  }

  async findProjectRole(projectId: string, userId: string): Promise<ProjectRole | null> {
    const member = await currentEntityManager(this.orm).findOne(ProjectMemberEntity, {
      project: projectId,
      user: userId,
    });
    return member?.role ?? null;
  }
}
