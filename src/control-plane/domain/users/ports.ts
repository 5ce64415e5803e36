import { type Page, type PageRequest } from '../staff/pagination.js';

export interface StaffUserRecord {
  id: string;
  email: string;
  githubUserId: number | null;
  githubLogin: string | null;
  isPlatformAdmin: boolean;
  isPlatformOwner: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface UserStore {
  /** Ordered by email. */
  list(page: PageRequest): Promise<Page<StaffUserRecord>>;
  findById(userId: string): Promise<StaffUserRecord | null>;
  findByEmail(email: string): Promise<StaffUserRecord | null>;
  /** Inserts the email (lower-cased by the caller) or updates its admin flag; race-free on the email. */
  upsertByEmail(
    email: string,
    isPlatformAdmin: boolean,
  ): Promise<{ user: StaffUserRecord; created: boolean }>;
  /** Memberships cascade. */
  delete(userId: string): Promise<void>;
}
