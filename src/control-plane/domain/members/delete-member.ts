import { because, notFound, permissionDenied } from '../errors.js';
import { withAudit } from '../staff-call/audit.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { requireAdminActor, requireExistingProject } from '../access/policy.js';
import { type MembersPorts } from './ports.js';

/** members.delete (SPEC §6): removes a member from a project (never the platform owner); platform admins only. */
export async function deleteMember(
  deps: Pick<MembersPorts, 'directory' | 'members' | 'audit' | 'transactor'>,
  call: StaffCall,
  input: { projectId: string; userId: string },
): Promise<void> {
  // SPEC §6: memberships are managed by platform admins only.
  const actor = await requireAdminActor(deps.directory, call.actorUserId);
  const projectId = await requireExistingProject(deps.directory, input.projectId);
  const userId = requireUuid('userId', input.userId);
  const user = await deps.members.findUserById(userId);
  if (user?.isPlatformOwner)
    throw permissionDenied('the platform owner cannot be removed', because('owner_protected'));
  await withAudit(
    deps,
    call,
    actor,
    async () => {
      const previous = await deps.members.find(projectId, userId);
      if (!previous || !(await deps.members.delete(projectId, userId)))
        throw notFound('member not found', because('member_not_found'));
      return previous;
    },
    (previous) => ({
      eventType: 'member.deleted',
      resource: 'member',
      resourceId: `${projectId}:${userId}`,
      payload: { project_id: projectId, user_id: userId, email: previous.email, role: previous.role },
    }),
  );
}
