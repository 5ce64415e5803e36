import { toTimestamp, type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { deleteMember } from '../../domain/members/delete-member.js';
import { listMembers } from '../../domain/members/list-members.js';
import { type MembersPorts, type ProjectMemberRecord } from '../../domain/members/ports.js';
import { setMemberLearningModeOverride } from '../../domain/members/set-member-learning-mode-override.js';
import { upsertMember } from '../../domain/members/upsert-member.js';
import { type HandlerDependencies } from '../handler.js';
import { staffUnary } from './staff-call.js';
import { pageMessage } from './page-message.js';

function memberMessage(member: ProjectMemberRecord): v1.ProjectMember.$Properties {
  return {
    projectId: member.projectId,
    userId: member.userId,
    email: member.email,
    githubLogin: member.githubLogin ?? '',
    role: member.role,
    learningModeOverride:
      member.learningModeOverride === null ? undefined : { value: member.learningModeOverride },
    createdAt: toTimestamp(member.createdAt),
    updatedAt: toTimestamp(member.updatedAt),
  };
}

/** ListProjectMembers, UpsertProjectMember, DeleteProjectMember, SetProjectMemberLearningModeOverride: mapping only. */
export function membersHandlers(
  deps: HandlerDependencies,
  members: MembersPorts,
): Pick<
  ControlPlaneHandlers,
  | 'listProjectMembers'
  | 'upsertProjectMember'
  | 'deleteProjectMember'
  | 'setProjectMemberLearningModeOverride'
> {
  return {
    listProjectMembers: staffUnary(deps, async (call, request: v1.ListProjectMembersRequest) =>
      pageMessage(await listMembers(members, call, request), memberMessage),
    ),
    upsertProjectMember: staffUnary(deps, async (call, request: v1.UpsertProjectMemberRequest) => ({
      member: memberMessage(await upsertMember(members, call, request)),
    })),
    deleteProjectMember: staffUnary(deps, async (call, request: v1.DeleteProjectMemberRequest) => {
      await deleteMember(members, call, request);
      return {};
    }),
    setProjectMemberLearningModeOverride: staffUnary(
      deps,
      async (call, request: v1.SetProjectMemberLearningModeOverrideRequest) => ({
        member: memberMessage(
          await setMemberLearningModeOverride(members, call, {
            projectId: request.projectId,
            userId: request.userId,
            // An unset wrapper clears the override.
            enabled: request.enabled ? request.enabled.value : null,
          }),
        ),
      }),
    ),
  };
}
