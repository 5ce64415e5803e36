import { toTimestamp, type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { type MembersService } from '../../domain/members/members.js';
import { type ProjectMemberRecord } from '../../domain/members/ports.js';
import { unary, type HandlerDependencies } from '../handler.js';
import { staffCall } from './staff-call.js';

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
  service: MembersService,
): Pick<
  ControlPlaneHandlers,
  | 'listProjectMembers'
  | 'upsertProjectMember'
  | 'deleteProjectMember'
  | 'setProjectMemberLearningModeOverride'
> {
  return {
    listProjectMembers: unary(deps, async (request: v1.ListProjectMembersRequest, context) => {
      const page = await service.list(
        staffCall(request.principal, context),
        request.projectId,
        request.limit,
        request.cursor,
      );
      return { items: page.items.map(memberMessage), nextCursor: page.nextCursor };
    }),
    upsertProjectMember: unary(deps, async (request: v1.UpsertProjectMemberRequest, context) => ({
      member: memberMessage(
        await service.upsert(staffCall(request.principal, context), {
          projectId: request.projectId,
          userId: request.userId,
          email: request.email,
          role: request.role,
        }),
      ),
    })),
    deleteProjectMember: unary(deps, async (request: v1.DeleteProjectMemberRequest, context) => {
      await service.delete(staffCall(request.principal, context), {
        projectId: request.projectId,
        userId: request.userId,
      });
      return {};
    }),
    setProjectMemberLearningModeOverride: unary(
      deps,
      async (request: v1.SetProjectMemberLearningModeOverrideRequest, context) => ({
        member: memberMessage(
          await service.setLearningModeOverride(staffCall(request.principal, context), {
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
