import { type ControlPlaneHandlers, type v1, toTimestamp } from '../../../shared/proto/index.js';
import { type StaffAuthService } from '../../domain/staff-auth/staff-auth-service.js';
import { type StaffUser } from '../../domain/staff-auth/staff-user.js';
import { type HandlerDependencies, unary } from '../handler.js';

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
  };
}

/** AuthorizeOAuthUser, ResolveStaffByEmail, GetSignedInUser: mapping only, the allowlist is in the domain. */
export function staffAuthHandlers(
  deps: HandlerDependencies,
  service: StaffAuthService,
): Pick<ControlPlaneHandlers, 'authorizeOAuthUser' | 'resolveStaffByEmail' | 'getSignedInUser'> {
  return {
    authorizeOAuthUser: unary(deps, async (request: v1.AuthorizeOAuthUserRequest) => {
      const user = await service.authorizeOAuthUser({
        email: request.email,
        githubUserId: Number(request.githubUserId),
        githubLogin: request.githubLogin,
      });
      return { user: staffUserMessage(user) };
    }),
    resolveStaffByEmail: unary(deps, async (request: v1.ResolveStaffByEmailRequest) => {
      const user = await service.resolveStaffByEmail(request.email);
      return { user: staffUserMessage(user) };
    }),
    getSignedInUser: unary(deps, async (request: v1.GetSignedInUserRequest) => {
      const user = await service.signedInUser(request.principal?.userId ?? '');
      return { user: staffUserMessage(user) };
    }),
  };
}
