import { invalidArgument, notFound, permissionDenied } from '../errors.js';
import { normalizeEmail } from './email.js';
import { type StaffAuthStore } from './ports.js';
import { type BootstrapOutcome, type BootstrapPlan, type StaffUser } from './staff-user.js';

/** Message of every allowlist refusal; the edge turns PERMISSION_DENIED into `not_allowed`. */
export const notAllowedMessage = 'this email is not allowed to sign in';

export interface AuthorizeOAuthUserInput {
  /** The primary verified email GitHub reported. */
  email: string;
  githubUserId: number;
  githubLogin: string;
}

export interface BootstrapInput {
  ownerEmail: string;
  allowedEmails: readonly string[];
  adminEmails: readonly string[];
}

/**
 * Staff sign-in (SPEC §5): the allowlist is the `users` table, there is no self-signup. Emails
 * are the key; GitHub ids and logins are stored for display and for matching webhook senders.
 */
export class StaffAuthService {
  constructor(private readonly store: StaffAuthStore) {}

  async authorizeOAuthUser(input: AuthorizeOAuthUserInput): Promise<StaffUser> {
    const email = normalizeEmail(input.email);
    if (!Number.isSafeInteger(input.githubUserId) || input.githubUserId <= 0)
      throw invalidArgument('github_user_id must be a positive integer');
    const githubLogin = input.githubLogin.trim();
    if (githubLogin === '') throw invalidArgument('github_login is required');
    const user = await this.store.findByEmail(email);
    if (!user) throw permissionDenied(notAllowedMessage);
    if (user.githubUserId === input.githubUserId && user.githubLogin === githubLogin) return user;
    return this.store.linkGitHubIdentity(user.id, { githubUserId: input.githubUserId, githubLogin });
  }

  /** For trusted proxy headers and dev sign-in: the allowlisted user with this email. */
  async resolveStaffByEmail(rawEmail: string): Promise<StaffUser> {
    const email = normalizeEmail(rawEmail);
    const user = await this.store.findByEmail(email);
    if (!user) throw permissionDenied(notAllowedMessage);
    return user;
  }

  /**
   * auth.me: the signed-in user as stored now, so flags changed and users deleted since the token
   * was issued show at once. NOT_FOUND when the user no longer exists (the edge: UNAUTHORIZED).
   */
  async signedInUser(userId: string): Promise<StaffUser> {
    const user = await this.store.findById(userId);
    if (!user) throw notFound('the signed-in user no longer exists');
    return user;
  }

  /** Idempotent start-up allowlist: owner (owner and admin), admins, allowed emails. */
  bootstrap(input: BootstrapInput): Promise<BootstrapOutcome> {
    return this.store.applyBootstrap(bootstrapPlan(input));
  }
}

/** Merges the three lists: the strongest flag wins, each email appears once. */
export function bootstrapPlan(input: BootstrapInput): BootstrapPlan {
  const ownerEmail = normalizeEmail(input.ownerEmail, 'CODEXK8S_BOOTSTRAP_OWNER_EMAIL');
  const admins = new Map<string, boolean>();
  for (const raw of input.allowedEmails)
    admins.set(normalizeEmail(raw, 'CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS'), false);
  for (const raw of input.adminEmails)
    admins.set(normalizeEmail(raw, 'CODEXK8S_BOOTSTRAP_PLATFORM_ADMIN_EMAILS'), true);
  admins.set(ownerEmail, true);
  return { ownerEmail, users: [...admins].map(([email, isPlatformAdmin]) => ({ email, isPlatformAdmin })) };
}
