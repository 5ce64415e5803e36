import { permissionDenied } from '../errors.js';
import { requireEmail } from '../staff-call/validation.js';
import { type StaffUser } from '../users/ports.js';
import { notAllowedMessage, type StaffAuthPorts } from './ports.js';
import { recordSignIn } from './record-sign-in.js';

/**
 * For trusted proxy headers and dev sign-in (SPEC §5): the allowlisted user with this email, its
 * sign-in recorded.
 */
export async function resolveStaffByEmail(
  deps: StaffAuthPorts,
  input: { email: string },
): Promise<StaffUser> {
  const user = await deps.users.findByEmail(requireEmail('email', input.email));
  if (!user) throw permissionDenied(notAllowedMessage);
  return recordSignIn(deps, user);
}
