import { type StaffUser } from '../users/ports.js';

export interface GitHubIdentity {
  githubUserId: number;
  githubLogin: string;
}

/** Who the bootstrap configuration allowlists, emails already normalized. */
export interface BootstrapPlan {
  ownerEmail: string;
  /** Every allowlisted email with the admin flag it must have at least (the owner is included, as admin). */
  users: ReadonlyArray<{ email: string; isPlatformAdmin: boolean }>;
}

export interface BootstrapOutcome {
  created: number;
  updated: number;
}

/** What sign-in needs from storage. Emails passed in are already trimmed and lower-cased. */
export interface StaffAuthStore {
  /** The user with this email (compared case-insensitively), or null when not allowlisted. */
  findByEmail(email: string): Promise<StaffUser | null>;
  /** The user with this id, or null when there is none (deleted, or an id that names nobody). */
  findById(userId: string): Promise<StaffUser | null>;
  /**
   * Stores the GitHub account on the user. A GitHub id is unique across users, so a stale link
   * of the same GitHub account on another user (its primary email changed) is cleared first.
   */
  linkGitHubIdentity(userId: string, identity: GitHubIdentity): Promise<StaffUser>;
  /** Sets the user's last sign-in to now; returns the user as stored. */
  recordSignIn(userId: string): Promise<StaffUser>;
  /**
   * Applies the bootstrap plan in one transaction, safe against replicas starting together:
   * missing users are created, missing flags are raised, nothing is ever lowered except the owner
   * flag of a previous owner. A second run with the same plan changes nothing.
   */
  applyBootstrap(plan: BootstrapPlan): Promise<BootstrapOutcome>;
}

/**
 * Everything the sign-in use-cases depend on (SPEC §5): the allowlist is the `users` table, there
 * is no self-signup. Emails are the key; GitHub ids and logins are stored for display and for
 * matching webhook senders.
 */
export interface StaffAuthPorts {
  users: StaffAuthStore;
}

/** Message of every allowlist refusal; the edge turns PERMISSION_DENIED into `not_allowed`. */
export const notAllowedMessage = 'this email is not allowed to sign in';
