import { describe, expect, it } from 'vitest';
import { MemoryPlatform, refusalOf } from '../testing/memory-platform.js';
import { resolveStaffByEmail } from './resolve-staff-by-email.js';

describe('resolveStaffByEmail', () => {
  it('finds the allowlisted user by email, whatever its case; refuses others', async () => {
    const memory = new MemoryPlatform();
    const alice = memory.addUser('alice@example.com');
    const deps = { users: memory.staffAuth };
    expect((await resolveStaffByEmail(deps, { email: 'ALICE@example.com ' })).id).toBe(alice.id);
    expect(await refusalOf(resolveStaffByEmail(deps, { email: 'bob@example.com' }))).toBe(
      'permission_denied',
    );
    expect(await refusalOf(resolveStaffByEmail(deps, { email: '' }))).toBe('invalid_argument');
  });
});
