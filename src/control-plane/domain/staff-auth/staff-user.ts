/** A staff user as the sign-in use-cases see it (a row of `users`). */
export interface StaffUser {
  id: string;
  email: string;
  githubUserId: number | null;
  githubLogin: string | null;
  isPlatformAdmin: boolean;
  isPlatformOwner: boolean;
  createdAt: Date;
  updatedAt: Date;
}

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
