import { toTimestamp, type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { type StaffUserRecord } from '../../domain/users/ports.js';
import { type UsersService } from '../../domain/users/users.js';
import { unary, type HandlerDependencies } from '../handler.js';
import { staffCall } from './staff-call.js';

function userMessage(user: StaffUserRecord): v1.StaffUser.$Properties {
  return {
    id: user.id,
    email: user.email,
    githubUserId: user.githubUserId ?? 0,
    githubLogin: user.githubLogin ?? '',
    isPlatformAdmin: user.isPlatformAdmin,
    isPlatformOwner: user.isPlatformOwner,
    createdAt: toTimestamp(user.createdAt),
    updatedAt: toTimestamp(user.updatedAt),
  };
}

/** ListUsers, CreateUser, DeleteUser: mapping only. */
export function usersHandlers(
  deps: HandlerDependencies,
  service: UsersService,
): Pick<ControlPlaneHandlers, 'listUsers' | 'createUser' | 'deleteUser'> {
  return {
    listUsers: unary(deps, async (request: v1.ListUsersRequest, context) => {
      const page = await service.list(staffCall(request.principal, context), request.limit, request.cursor);
      return { items: page.items.map(userMessage), nextCursor: page.nextCursor };
    }),
    createUser: unary(deps, async (request: v1.CreateUserRequest, context) => {
      const result = await service.create(staffCall(request.principal, context), {
        email: request.email,
        isPlatformAdmin: request.isPlatformAdmin,
      });
      return { user: userMessage(result.user), created: result.created };
    }),
    deleteUser: unary(deps, async (request: v1.DeleteUserRequest, context) => {
      await service.delete(staffCall(request.principal, context), request.userId);
      return {};
    }),
  };
}
