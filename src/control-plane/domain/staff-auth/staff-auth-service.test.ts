import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { type StaffAuthStore } from './ports.js';
import { bootstrapPlan, StaffAuthService } from './staff-auth-service.js';
import { type BootstrapPlan, type GitHubIdentity, type StaffUser } from './staff-user.js';

class MemoryStore implements StaffAuthStore {
  users: StaffUser[] = [];
  links: Array<{ userId: string; identity: GitHubIdentity }> = [];

  findByEmail(email: string): Promise<StaffUser | null> {
    return Promise.resolve(this.users.find((user) => user.email === email) ?? null);
  }

  findById(userId: string): Promise<StaffUser | null> {
    return Promise.resolve(this.users.find((user) => user.id === userId) ?? null);
  }

  linkGitHubIdentity(userId: string, identity: GitHubIdentity): Promise<StaffUser> {
    this.links.push({ userId, identity });
    const user = this.users.find((entry) => entry.id === userId)!;
    Object.assign(user, identity);
    return Promise.resolve(user);
  }

  applyBootstrap(_plan: BootstrapPlan): Promise<{ created: number; updated: number }> {
    return Promise.resolve({ created: 0, updated: 0 });
  }
}

function user(email: string): StaffUser {
  const now = new Date();
  return {
    id: `id-${email}`,
    email,
    githubUserId: null,
    githubLogin: null,
    isPlatformAdmin: false,
    isPlatformOwner: false,
    createdAt: now,
    updatedAt: now,
  };
}

describe('StaffAuthService', () => {
  it('authorizes an allowlisted email case-insensitively and stores the GitHub identity once', async () => {
    const store = new MemoryStore();
    store.users.push(user('alice@example.com'));
    const service = new StaffAuthService(store);
    const signedIn = await service.authorizeOAuthUser({
      email: ' Alice@Example.COM',
      githubUserId: 7,
      githubLogin: 'alice',
    });
    expect(signedIn).toMatchObject({ email: 'alice@example.com', githubUserId: 7, githubLogin: 'alice' });
    await service.authorizeOAuthUser({ email: 'alice@example.com', githubUserId: 7, githubLogin: 'alice' });
    expect(store.links).toHaveLength(1);
  });

  it('refuses unknown emails with permission_denied and bad input with invalid_argument', async () => {
    const service = new StaffAuthService(new MemoryStore());
    await expect(
      service.authorizeOAuthUser({ email: 'x@example.com', githubUserId: 1, githubLogin: 'x' }),
    ).rejects.toMatchObject({ kind: 'permission_denied' });
    await expect(service.resolveStaffByEmail('x@example.com')).rejects.toMatchObject({
      kind: 'permission_denied',
    });
    await expect(service.resolveStaffByEmail('nope')).rejects.toMatchObject({ kind: 'invalid_argument' });
    await expect(
      service.authorizeOAuthUser({ email: 'x@example.com', githubUserId: 0, githubLogin: 'x' }),
    ).rejects.toBeInstanceOf(DomainError);
  });

  it('merges the bootstrap lists: owner is admin, admin wins over allowed, each email once', () => {
    const plan = bootstrapPlan({
      ownerEmail: 'O@x.io',
      allowedEmails: ['a@x.io', 'B@x.io'],
      adminEmails: ['b@x.io', 'o@x.io'],
    });
    expect(plan.ownerEmail).toBe('o@x.io');
    expect(plan.users).toEqual([
      { email: 'a@x.io', isPlatformAdmin: false },
      { email: 'b@x.io', isPlatformAdmin: true },
      { email: 'o@x.io', isPlatformAdmin: true },
    ]);
    expect(() => bootstrapPlan({ ownerEmail: 'o@x.io', allowedEmails: ['bad'], adminEmails: [] })).toThrow(
      /CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS/,
    );
  });
});
