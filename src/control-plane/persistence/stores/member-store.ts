import { type MikroORM } from '@mikro-orm/postgresql';
import { type ProjectRole } from '../../domain/access/actor.js';
import { type MemberStore, type MemberUser, type ProjectMemberRecord } from '../../domain/members/ports.js';
import { type Page, type PageRequest } from '../../domain/staff/pagination.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { query, queryOne, toDate } from './sql.js';

interface MemberSqlRow {
  project_id: string;
  user_id: string;
  email: string;
  github_login: string | null;
  role: ProjectRole;
  learning_mode_override: boolean | null;
  created_at: string | Date;
  updated_at: string | Date;
}

const memberSelect = `select m.project_id, m.user_id, u.email, u.github_login, m.role, m.learning_mode_override, m.created_at, m.updated_at
  from project_members m join users u on u.id = m.user_id`;

function toRecord(row: MemberSqlRow): ProjectMemberRecord {
  return {
    projectId: row.project_id,
    userId: row.user_id,
    email: row.email,
    githubLogin: row.github_login,
    role: row.role,
    learningModeOverride: row.learning_mode_override,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

export class SqlMemberStore implements MemberStore {
  constructor(private readonly orm: MikroORM) {}

  async projectExists(projectId: string): Promise<boolean> {
    return (await queryOne(this.orm, 'select 1 from projects where id = ?', [projectId])) !== null;
  }

  async findUserById(userId: string): Promise<MemberUser | null> {
    return this.findUser('id = ?', userId);
  }

  async findUserByEmail(email: string): Promise<MemberUser | null> {
    return this.findUser('lower(email) = lower(?)', email);
  }

  private async findUser(condition: string, value: string): Promise<MemberUser | null> {
    const row = await queryOne<{ id: string; email: string; is_platform_owner: boolean }>(
      this.orm,
      `select id, email, is_platform_owner from users where ${condition}`,
      [value],
    );
    return row ? { id: row.id, email: row.email, isPlatformOwner: row.is_platform_owner } : null;
  }

  async list(projectId: string, page: PageRequest): Promise<Page<ProjectMemberRecord>> {
    const after = decodeCursor('members', page.cursor, ['string'])?.[0] ?? null;
    const rows = await query<MemberSqlRow>(
      this.orm,
      `${memberSelect} where m.project_id = ? ${after !== null ? 'and lower(u.email) > ?' : ''} order by lower(u.email) limit ?`,
      after !== null ? [projectId, after, page.limit + 1] : [projectId, page.limit + 1],
    );
    return toPage(rows, page.limit, toRecord, (row) => encodeCursor('members', [row.email.toLowerCase()]));
  }

  async find(projectId: string, userId: string): Promise<ProjectMemberRecord | null> {
    const row = await queryOne<MemberSqlRow>(
      this.orm,
      `${memberSelect} where m.project_id = ? and m.user_id = ?`,
      [projectId, userId],
    );
    return row ? toRecord(row) : null;
  }

  async upsert(projectId: string, userId: string, role: ProjectRole): Promise<ProjectMemberRecord> {
    await query(
      this.orm,
      `insert into project_members (project_id, user_id, role) values (?, ?, ?)
       on conflict (project_id, user_id) do update set role = excluded.role, updated_at = now()`,
      [projectId, userId, role],
    );
    const member = await this.find(projectId, userId);
    if (!member) throw new Error('member vanished after upsert');
    return member;
  }

  async delete(projectId: string, userId: string): Promise<boolean> {
    const rows = await query(
      this.orm,
      'delete from project_members where project_id = ? and user_id = ? returning 1',
      [projectId, userId],
    );
    return rows.length > 0;
  }

  async setLearningModeOverride(
    projectId: string,
    userId: string,
    enabled: boolean | null,
  ): Promise<ProjectMemberRecord | null> {
    const rows = await query(
      this.orm,
      'update project_members set learning_mode_override = ?, updated_at = now() where project_id = ? and user_id = ? returning 1',
      [enabled, projectId, userId],
    );
    return rows.length > 0 ? this.find(projectId, userId) : null;
  }
}
