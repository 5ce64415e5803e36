import { describe, expect, it } from 'vitest';
import { MemoryPlatform } from '../testing/memory-platform.js';
import { bootstrapPlan, bootstrapStaff } from './bootstrap-staff.js';

describe('bootstrapStaff', () => {
  it('merges the three lists: the owner is an admin, admin wins over allowed, each email once', () => {
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

  it('hands the store the merged plan, and refuses a malformed email before the store sees anything', async () => {
    const memory = new MemoryPlatform();
    const deps = { users: memory.staffAuth };
    const input = { ownerEmail: 'O@x.io', allowedEmails: ['a@x.io'], adminEmails: [] };
    expect(await bootstrapStaff(deps, input)).toEqual({ created: 2, updated: 0 });
    expect(memory.bootstrapPlans).toEqual([bootstrapPlan(input)]);
    expect(() => bootstrapStaff(deps, { ...input, adminEmails: ['x'] })).toThrow(
      /CODEXK8S_BOOTSTRAP_PLATFORM_ADMIN_EMAILS/,
    );
    expect(memory.bootstrapPlans).toHaveLength(1);
  });
});
