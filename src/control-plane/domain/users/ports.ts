import { type AccessDirectory } from '../access/actor.js';
import { type AuditTrail } from '../staff-call/audit.js';
import { type Page, type PageRequest } from '../staff-call/pagination.js';
import { type Transactor } from '../staff-call/transaction.js';

/** A staff user: a row of `users`, the allowlist (SPEC §5, §6). */
export interface StaffUser {
  id: string;
  /** Stored lower-cased; unique case-insensitively. */
  email: string;
  githubUserId: number | null;
  githubLogin: string | null;
  isPlatformAdmin: boolean;
  isPlatformOwner: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** Null until the user first signs in (GitHub, trusted proxy or dev login). */
  lastSignInAt: Date | null;
}

export interface UserStore {
  /** Ordered by email. */
  list(page: PageRequest): Promise<Page<StaffUser>>;
  findById(userId: string): Promise<StaffUser | null>;
  findByEmail(email: string): Promise<StaffUser | null>;
  /** Inserts the email (lower-cased by the caller) or updates its admin flag; race-free on the email. */
  upsertByEmail(email: string, isPlatformAdmin: boolean): Promise<{ user: StaffUser; created: boolean }>;
  /** Users whose lower-cased email or GitHub login starts with `prefix` (lower-cased), by email. */
  search(prefix: string, limit: number): Promise<StaffUser[]>;
  /** Memberships cascade. */
  delete(userId: string): Promise<void>;
}

/** Everything the users use-cases depend on; each asks for the few it uses (`Pick<UsersPorts, …>`). */
export interface UsersPorts {
  directory: AccessDirectory;
  users: UserStore;
  audit: AuditTrail;
  transactor: Transactor;
}
