import { type AccessDirectory, type Actor, type ProjectRole } from '../../access/actor.js';
import { type AuditEntry, type AuditTrail } from '../../staff/audit.js';
import { type StaffCall } from '../../staff/call.js';
import { type Transactor } from '../../staff/transaction.js';

/** Users and memberships in memory. */
export class MemoryDirectory implements AccessDirectory {
  actors = new Map<string, Actor>();
  roles = new Map<string, ProjectRole>();

  addUser(userId: string, flags: { admin?: boolean; owner?: boolean } = {}): Actor {
    const actor = {
      userId,
      email: `${userId}@example.com`,
      isPlatformAdmin: flags.admin === true || flags.owner === true,
      isPlatformOwner: flags.owner === true,
    };
    this.actors.set(userId, actor);
    return actor;
  }

  addMember(projectId: string, userId: string, role: ProjectRole): void {
    this.roles.set(`${projectId}/${userId}`, role);
  }

  async findActor(userId: string): Promise<Actor | null> {
    return this.actors.get(userId) ?? null;
  }

  async findProjectRole(projectId: string, userId: string): Promise<ProjectRole | null> {
    return this.roles.get(`${projectId}/${userId}`) ?? null;
  }
}

export class MemoryAuditTrail implements AuditTrail {
  entries: AuditEntry[] = [];
  async append(entry: AuditEntry): Promise<void> {
    this.entries.push(entry);
  }
}

/** Runs the work as is; a failing work leaves what it wrote (tests check the order of checks instead). */
export const immediateTransactor: Transactor = { inTransaction: (work) => work() };

export const staffCallOf = (actorUserId: string): StaffCall => ({
  actorUserId,
  claimsPlatformAdmin: false,
  requestId: 'request-1',
  warn: () => {},
});
