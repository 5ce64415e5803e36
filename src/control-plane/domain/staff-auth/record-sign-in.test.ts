import { describe, expect, it } from 'vitest';
import { MemoryPlatform } from '../testing/memory-platform.js';
import { recordSignIn } from './record-sign-in.js';
import { resolveStaffByEmail } from './resolve-staff-by-email.js';

describe('recordSignIn', () => {
  it('records a first sign-in, then at most once a minute (a trusted proxy resolves every request)', async () => {
    const memory = new MemoryPlatform();
    const user = memory.addUser('someone@example.com');
    const deps = { users: memory.staffAuth };
    const first = await resolveStaffByEmail(deps, { email: 'someone@example.com' });
    expect(first.lastSignInAt).toBeInstanceOf(Date);
    const recorded = first.lastSignInAt!;
    const soon = await recordSignIn(deps, first, new Date(recorded.getTime() + 30_000));
    expect(soon.lastSignInAt).toBe(recorded);
    const later = await recordSignIn(deps, first, new Date(recorded.getTime() + 61_000));
    expect(later.lastSignInAt).not.toBe(recorded);
    expect(user.id).toBe(first.id);
  });
});
