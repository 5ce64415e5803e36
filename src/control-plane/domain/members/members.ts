import { type AccessDirectory, type ProjectRole, projectRoles } from '../access/actor.js';
import { requireActor, requirePlatformAdmin } from '../access/policy.js';
import { invalidArgument, notFound, permissionDenied } from '../errors.js';
import { type AuditTrail } from '../staff/audit.js';
import { type StaffCall } from '../staff/call.js';
import { type Page, pageRequest } from '../staff/pagination.js';
import { type Transactor } from '../staff/transaction.js';
import { requireEmail, requireUuid } from '../staff/validation.js';
import { type MemberStore, type MemberUser, type ProjectMemberRecord } from './ports.js';

export interface MembersDependencies {
  directory: AccessDirectory;
  members: MemberStore;
  audit: AuditTrail;
  transactor: Transactor;
}

function parseRole(role: string): ProjectRole {
  const match = projectRoles.find((candidate) => candidate === role);
  if (!match) throw invalidArgument(`role: must be one of ${projectRoles.join(', ')}`);
  return match;
}

/** members.list / upsert / delete / setLearningModeOverride (SPEC §6): platform admins only. */
export class MembersService {
  constructor(private readonly deps: MembersDependencies) {}

  async list(
    call: StaffCall,
    projectId: string,
    limit: number | undefined,
    cursor: string | undefined,
  ): Promise<Page<ProjectMemberRecord>> {
    await this.requireAdmin(call);
    const page = pageRequest(limit, cursor);
    const id = await this.requireProject(projectId);
    return this.deps.members.list(id, page);
  }

  async upsert(
    call: StaffCall,
    input: { projectId: string; userId?: string; email?: string; role: string },
  ): Promise<ProjectMemberRecord> {
    const actor = await this.requireAdmin(call);
    const role = parseRole(input.role);
    const projectId = await this.requireProject(input.projectId);
    const user = await this.resolveUser(input.userId, input.email);
    return this.deps.transactor.inTransaction(async () => {
      const previous = await this.deps.members.find(projectId, user.id);
      const member = await this.deps.members.upsert(projectId, user.id, role);
      await this.deps.audit.append({
        actorUserId: actor,
        eventType: 'member.upserted',
        resource: 'member',
        resourceId: `${projectId}:${user.id}`,
        requestId: call.requestId,
        payload: {
          project_id: projectId,
          user_id: user.id,
          email: user.email,
          role,
          previous_role: previous?.role ?? null,
        },
      });
      return member;
    });
  }

  async delete(call: StaffCall, input: { projectId: string; userId: string }): Promise<void> {
    const actor = await this.requireAdmin(call);
    const projectId = await this.requireProject(input.projectId);
    const userId = requireUuid('userId', input.userId);
    const user = await this.deps.members.findUserById(userId);
    if (user?.isPlatformOwner) throw permissionDenied('the platform owner cannot be removed');
    await this.deps.transactor.inTransaction(async () => {
      const previous = await this.deps.members.find(projectId, userId);
      if (!previous || !(await this.deps.members.delete(projectId, userId)))
        throw notFound('member not found');
      await this.deps.audit.append({
        actorUserId: actor,
        eventType: 'member.deleted',
        resource: 'member',
        resourceId: `${projectId}:${userId}`,
        requestId: call.requestId,
        payload: { project_id: projectId, user_id: userId, email: previous.email, role: previous.role },
      });
    });
  }

  async setLearningModeOverride(
    call: StaffCall,
    input: { projectId: string; userId: string; enabled: boolean | null },
  ): Promise<ProjectMemberRecord> {
    const actor = await this.requireAdmin(call);
    const projectId = await this.requireProject(input.projectId);
    const userId = requireUuid('userId', input.userId);
    return this.deps.transactor.inTransaction(async () => {
      const previous = await this.deps.members.find(projectId, userId);
      const member = previous
        ? await this.deps.members.setLearningModeOverride(projectId, userId, input.enabled)
        : null;
      if (!previous || !member) throw notFound('member not found');
      await this.deps.audit.append({
        actorUserId: actor,
        eventType: 'member.learning_mode_override_set',
        resource: 'member',
        resourceId: `${projectId}:${userId}`,
        requestId: call.requestId,
        payload: {
          project_id: projectId,
          user_id: userId,
          enabled: input.enabled,
          previous: previous.learningModeOverride,
        },
      });
      return member;
    });
  }

  /** Returns the actor's user id. */
  private async requireAdmin(call: StaffCall): Promise<string> {
    const actor = await requireActor(this.deps.directory, call.actorUserId);
    requirePlatformAdmin(actor);
    return actor.userId;
  }

  private async requireProject(projectId: string): Promise<string> {
    const id = requireUuid('projectId', projectId);
    if (!(await this.deps.members.projectExists(id))) throw notFound('project not found');
    return id;
  }

  private async resolveUser(userId: string | undefined, email: string | undefined): Promise<MemberUser> {
    if (userId) {
      const user = await this.deps.members.findUserById(requireUuid('userId', userId));
      if (!user) throw notFound('user not found');
      return user;
    }
    if (!email) throw invalidArgument('userId: give a userId or an email');
    const user = await this.deps.members.findUserByEmail(requireEmail('email', email));
    // No self-signup through the back door: only allowlisted users become members.
    if (!user) throw notFound('no allowlisted user has this email; add it under users first');
    return user;
  }
}
