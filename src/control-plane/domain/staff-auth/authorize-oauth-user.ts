import { invalidArgument, permissionDenied } from '../errors.js';
import { requireEmail } from '../staff-call/validation.js';
import { type StaffUser } from '../users/ports.js';
import { notAllowedMessage, type StaffAuthPorts } from './ports.js';
import { recordSignIn } from './record-sign-in.js';

export interface AuthorizeOAuthUserInput {
  /** The primary verified email GitHub reported. */
  email: string;
  githubUserId: number;
  githubLogin: string;
}

/**
 * GitHub sign-in (SPEC §5): the allowlisted user with this email, its GitHub account stored on it
 * and its sign-in recorded.
 */
export async function authorizeOAuthUser(
  deps: StaffAuthPorts,
  input: AuthorizeOAuthUserInput,
): Promise<StaffUser> {
  const email = requireEmail('email', input.email);
  if (!Number.isSafeInteger(input.githubUserId) || input.githubUserId <= 0)
    throw invalidArgument('github_user_id must be a positive integer');
  const githubLogin = input.githubLogin.trim();
  if (githubLogin === '') throw invalidArgument('github_login is required');
  const user = await deps.users.findByEmail(email);
  if (!user) throw permissionDenied(notAllowedMessage);
  const linked =
    user.githubUserId === input.githubUserId && user.githubLogin === githubLogin
      ? user
      : await deps.users.linkGitHubIdentity(user.id, { githubUserId: input.githubUserId, githubLogin });
  return recordSignIn(deps, linked);
}
