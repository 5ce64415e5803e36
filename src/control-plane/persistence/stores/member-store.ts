import { QueryOrder, raw, sql } from '@mikro-orm/core';
import { type MikroORM } from '@mikro-orm/postgresql';
import { type ProjectRole } from '../../../shared/contract/project-role.js';
import { type MemberStore, type MemberUser, type ProjectMemberRecord } from '../../domain/members/ports.js';
import { type Page, type PageRequest } from '../../domain/staff-call/pagination.js';
import { ProjectMemberEntity, type ProjectMemberRow } from '../entities/project-member.js';
import { UserEntity, type UserRow } from '../entities/user.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { currentEntityManager, upsertReturning } from './entity-manager.js';
import { findUserByEmail } from './user-store.js';

/** A membership with its user loaded (every read here populates `user`). */
function toRecord(member: ProjectMemberRow): ProjectMemberRecord {
  return {
    projectId: member.project.id,
    userId: member.user.id,
    email: member.user.email,
    githubLogin: member.user.githubLogin,
    role: member.role,
    learningModeOverride: member.learningModeOverride,
    createdAt: member.createdAt,
    updatedAt: member.updatedAt,
  };
}

const toMemberUser = (user: UserRow): MemberUser => ({
  id: user.id,
  email: user.email,
  isPlatformOwner: user.isPlatformOwner,
});

export class SqlMemberStore implements MemberStore {
  constructor(private readonly orm: MikroORM) {}

  async findUserById(userId: string): Promise<MemberUser | null> {
    const user = await currentEntityManager(this.orm).findOne(UserEntity, { id: userId });
    return user ? toMemberUser(user) : null;
  }

  async findUserByEmail(email: string): Promise<MemberUser | null> {
    const user = await findUserByEmail(currentEntityManager(this.orm), email);
    return user ? toMemberUser(user) : null;
  }

  async list(projectId: string, page: PageRequest): Promise<Page<ProjectMemberRecord>> {
    const after = decodeCursor('members', page.cursor, ['string'])?.[0] ?? null;
    const members = currentEntityManager(this.orm)
      .createQueryBuilder(ProjectMemberEntity, 'm')
      .joinAndSelect('m.user', 'u')
      .where({ project: projectId })
      .orderBy({ [sql`lower(u.email)`]: QueryOrder.ASC })
      .limit(page.limit + 1);
    if (after !== null) members.andWhere('lower(u.email) > ?', [after]);
    return toPage(await members.getResultList(), page.limit, toRecord, (member) =>
      encodeCursor('members', [member.user.email.toLowerCase()]),
    );
  }

  async find(projectId: string, userId: string): Promise<ProjectMemberRecord | null> {
    const member = await currentEntityManager(this.orm).findOne(
      ProjectMemberEntity,
      { project: projectId, user: userId },
      { populate: ['user'] },
    );
    return member ? toRecord(member) : null;
  }

  async upsert(projectId: string, userId: string, role: ProjectRole): Promise<ProjectMemberRecord> {
    const em = currentEntityManager(this.orm);
    await upsertReturning(
      em,
      ProjectMemberEntity,
      em
        .createQueryBuilder(ProjectMemberEntity)
        .insert({ project: projectId, user: userId, role })
        .onConflict(['project', 'user'])
        .merge({ role: raw('excluded.role'), updatedAt: raw('now()') }),
    );
    const member = await this.find(projectId, userId);
    if (!member) throw new Error('member vanished after upsert');
    return member;
  }

  async delete(projectId: string, userId: string): Promise<boolean> {
    const deleted = await currentEntityManager(this.orm).nativeDelete(ProjectMemberEntity, {
      project: projectId,
      user: userId,
    });
    return deleted > 0;
  }

  async setLearningModeOverride(
    projectId: string,
    userId: string,
    enabled: boolean | null,
  ): Promise<ProjectMemberRecord | null> {
    const em = currentEntityManager(this.orm);
    const member = await em.findOne(
      ProjectMemberEntity,
      { project: projectId, user: userId },
      { populate: ['user'] },
    );
    if (!member) return null;
    member.learningModeOverride = enabled;
    // What is returned is what is stored (updatedAt included).
    await em.flush();
    return toRecord(member);
  }
}
