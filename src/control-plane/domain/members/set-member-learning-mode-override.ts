import { because, notFound } from '../errors.js';
import { withAudit } from '../staff-call/audit.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { requireAdminActor, requireExistingProject } from '../access/policy.js';
import { type MembersPorts, type ProjectMemberRecord } from './ports.js';

export interface SetMemberLearningModeOverrideInput {
  projectId: string;
  userId: string;
  /** null clears the override: the member's runs follow the project's default again. */
  enabled: boolean | null;
}

/** members.setLearningModeOverride (SPEC §6): a member's own learning mode in one project; platform admins only. */
export async function setMemberLearningModeOverride(
  deps: Pick<MembersPorts, 'directory' | 'members' | 'audit' | 'transactor'>,
  call: StaffCall,
  input: SetMemberLearningModeOverrideInput,
): Promise<ProjectMemberRecord> {
  // SPEC §6: memberships are managed by platform admins only.
  const actor = await requireAdminActor(deps.directory, call.actorUserId);
  const projectId = await requireExistingProject(deps.directory, input.projectId);
  const userId = requireUuid('userId', input.userId);
  const { member } = await withAudit(
    deps,
    call,
    actor,
    async () => {
      const previous = await deps.members.find(projectId, userId);
      const member = previous
        ? await deps.members.setLearningModeOverride(projectId, userId, input.enabled)
        : null;
      if (!previous || !member) throw notFound('member not found', because('member_not_found'));
      return { previous, member };
    },
    ({ previous }) => ({
      eventType: 'member.learning_mode_override_set',
      resource: 'member',
      resourceId: `${projectId}:${userId}`,
      payload: {
        project_id: projectId,
        user_id: userId,
        enabled: input.enabled,
        previous: previous.learningModeOverride,
      },
    }),
  );
  return member;
}
