import { type ProjectRole } from '../../../shared/contract/project-role.js';
import { type AccessDirectory } from '../access/actor.js';
import { type AuditTrail } from '../staff-call/audit.js';
import { type Page, type PageRequest } from '../staff-call/pagination.js';
import { type Transactor } from '../staff-call/transaction.js';
import { type StaffUser } from '../users/ports.js';

export interface ProjectMemberRecord {
  projectId: string;
  userId: string;
  email: string;
  githubLogin: string | null;
  role: ProjectRole;
  learningModeOverride: boolean | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What membership changes read of a user. */
export type MemberUser = Pick<StaffUser, 'id' | 'email' | 'isPlatformOwner'>;

export interface MemberStore {
  findUserById(userId: string): Promise<MemberUser | null>;
  findUserByEmail(email: string): Promise<MemberUser | null>;
  /** Ordered by email. */
  list(projectId: string, page: PageRequest): Promise<Page<ProjectMemberRecord>>;
  find(projectId: string, userId: string): Promise<ProjectMemberRecord | null>;
  upsert(projectId: string, userId: string, role: ProjectRole): Promise<ProjectMemberRecord>;
  delete(projectId: string, userId: string): Promise<boolean>;
  setLearningModeOverride(
    projectId: string,
    userId: string,
    enabled: boolean | null,
  ): Promise<ProjectMemberRecord | null>;
}

/** Everything the members use-cases depend on; each asks for the few it uses (`Pick<MembersPorts, …>`). */
export interface MembersPorts {
  directory: AccessDirectory;
  members: MemberStore;
  audit: AuditTrail;
  transactor: Transactor;
}
