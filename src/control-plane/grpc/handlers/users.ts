import {
  toOptionalTimestamp,
  toTimestamp,
  type ControlPlaneHandlers,
  type v1,
} from '../../../shared/proto/index.js';
import { createUser } from '../../domain/users/create-user.js';
import { deleteUser } from '../../domain/users/delete-user.js';
import { listUsers } from '../../domain/users/list-users.js';
import { type StaffUser, type UsersPorts } from '../../domain/users/ports.js';
import { searchUsers } from '../../domain/users/search-users.js';
import { type HandlerDependencies } from '../handler.js';
import { staffUnary } from './staff-call.js';
import { pageMessage } from './page-message.js';

export function staffUserMessage(user: StaffUser): v1.StaffUser.$Properties {
  return {
    id: user.id,
    email: user.email,
    githubUserId: user.githubUserId ?? 0,
    githubLogin: user.githubLogin ?? '',
    isPlatformAdmin: user.isPlatformAdmin,
    isPlatformOwner: user.isPlatformOwner,
    createdAt: toTimestamp(user.createdAt),
    updatedAt: toTimestamp(user.updatedAt),
    lastSignInAt: toOptionalTimestamp(user.lastSignInAt) ?? undefined,
  };
}

/** ListUsers, CreateUser, DeleteUser, SearchUsers: mapping only. */
export function usersHandlers(
  deps: HandlerDependencies,
  users: UsersPorts,
): Pick<ControlPlaneHandlers, 'listUsers' | 'createUser' | 'deleteUser' | 'searchUsers'> {
  return {
    listUsers: staffUnary(deps, async (call, request: v1.ListUsersRequest) =>
      pageMessage(await listUsers(users, call, request), staffUserMessage),
    ),
    createUser: staffUnary(deps, async (call, request: v1.CreateUserRequest) => {
      const result = await createUser(users, call, request);
      return { user: staffUserMessage(result.user), created: result.created };
    }),
    searchUsers: staffUnary(deps, async (call, request: v1.SearchUsersRequest) => ({
      items: (await searchUsers(users, call, request)).map(staffUserMessage),
    })),
    deleteUser: staffUnary(deps, async (call, request: v1.DeleteUserRequest) => {
      await deleteUser(users, call, request);
      return {};
    }),
  };
}
