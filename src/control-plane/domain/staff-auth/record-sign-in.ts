import { type StaffUser } from '../users/ports.js';
import { type StaffAuthPorts } from './ports.js';

/**
 * Behind a trusted proxy every request resolves its user again: the sign-in is recorded at most
 * once a minute per user, so a busy console does not write a row per request.
 */
const signInResolutionMs = 60_000;

/** Records that the user signed in (users.list's "last sign-in"), unless it was recorded within the last minute. */
export async function recordSignIn(
  deps: StaffAuthPorts,
  user: StaffUser,
  now: Date = new Date(),
): Promise<StaffUser> {
  if (user.lastSignInAt && now.getTime() - user.lastSignInAt.getTime() < signInResolutionMs) return user;
  return deps.users.recordSignIn(user.id);
}
