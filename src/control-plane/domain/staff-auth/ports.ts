import {
  type BootstrapOutcome,
  type BootstrapPlan,
  type GitHubIdentity,
  type StaffUser,
} from './staff-user.js';

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
  /**
   * Applies the bootstrap plan in one transaction, safe against replicas starting together:
   * missing users are created, missing flags are raised, nothing is ever lowered except the owner
   * flag of a previous owner. A second run with the same plan changes nothing.
   */
  applyBootstrap(plan: BootstrapPlan): Promise<BootstrapOutcome>;
}
