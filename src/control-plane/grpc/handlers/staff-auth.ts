import { type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { authorizeOAuthUser } from '../../domain/staff-auth/authorize-oauth-user.js';
import { getSignedInUser } from '../../domain/staff-auth/get-signed-in-user.js';
import { type StaffAuthPorts } from '../../domain/staff-auth/ports.js';
import { resolveStaffByEmail } from '../../domain/staff-auth/resolve-staff-by-email.js';
import { type HandlerDependencies, unary } from '../handler.js';
import { staffUserMessage } from './users.js';

/** AuthorizeOAuthUser, ResolveStaffByEmail, GetSignedInUser: mapping only, the allowlist is in the domain. */
export function staffAuthHandlers(
  deps: HandlerDependencies,
  staffAuth: StaffAuthPorts,
): Pick<ControlPlaneHandlers, 'authorizeOAuthUser' | 'resolveStaffByEmail' | 'getSignedInUser'> {
  return {
    authorizeOAuthUser: unary(deps, async (request: v1.AuthorizeOAuthUserRequest) => ({
      user: staffUserMessage(
        await authorizeOAuthUser(staffAuth, {
          email: request.email,
          githubUserId: Number(request.githubUserId),
          githubLogin: request.githubLogin,
        }),
      ),
    })),
    resolveStaffByEmail: unary(deps, async (request: v1.ResolveStaffByEmailRequest) => ({
      user: staffUserMessage(await resolveStaffByEmail(staffAuth, { email: request.email })),
    })),
    getSignedInUser: unary(deps, async (request: v1.GetSignedInUserRequest) => ({
      user: staffUserMessage(await getSignedInUser(staffAuth, { userId: request.principal?.userId ?? '' })),
    })),
  };
}
