import { because, invalidArgument, notFound } from '../errors.js';
import { withAudit } from '../staff-call/audit.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { projectRoles } from '../../../shared/contract/project-role.js';
import { requireEmail, requireOneOf, requireUuid } from '../staff-call/validation.js';
import { requireAdminActor, requireExistingProject } from '../access/policy.js';
import { type MembersPorts, type MemberUser, type ProjectMemberRecord } from './ports.js';

export interface UpsertMemberInput {
  projectId: string;
  /** The user, by id or (when no id is given) by email. */
  userId?: string;
  email?: string;
  role: string;
}

/** members.upsert (SPEC §6): adds an allowlisted user to a project or changes their role; platform admins only. */
export async function upsertMember(
  deps: Pick<MembersPorts, 'directory' | 'members' | 'audit' | 'transactor'>,
  call: StaffCall,
  input: UpsertMemberInput,
): Promise<ProjectMemberRecord> {
  // SPEC §6: memberships are managed by platform admins only.
  const actor = await requireAdminActor(deps.directory, call.actorUserId);
  const role = requireOneOf('role', projectRoles, input.role);
  const projectId = await requireExistingProject(deps.directory, input.projectId);
  const user = await resolveUser(deps, input.userId, input.email);
  const { member } = await withAudit(
    deps,
    call,
    actor,
    async () => {
      const previous = await deps.members.find(projectId, user.id);
      return { previous, member: await deps.members.upsert(projectId, user.id, role) };
    },
    ({ previous }) => ({
      eventType: 'member.upserted',
      resource: 'member',
      resourceId: `${projectId}:${user.id}`,
      payload: {
        project_id: projectId,
        user_id: user.id,
        email: user.email,
        role,
        previous_role: previous?.role ?? null,
      },
    }),
  );
  return member;
}

async function resolveUser(
  deps: Pick<MembersPorts, 'members'>,
  userId: string | undefined,
  email: string | undefined,
): Promise<MemberUser> {
  if (userId) {
    const user = await deps.members.findUserById(requireUuid('userId', userId));
    if (!user) throw notFound('user not found', because('user_not_found'));
    return user;
  }
  if (!email) throw invalidArgument('userId: give a userId or an email');
  const user = await deps.members.findUserByEmail(requireEmail('email', email));
  // No self-signup through the back door: only allowlisted users become members.
  if (!user)
    throw notFound('no allowlisted user has this email; add it under users first', because('user_not_found'));
  return user;
}
