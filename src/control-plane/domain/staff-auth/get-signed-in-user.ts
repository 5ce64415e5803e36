import { notFound } from '../errors.js';
import { type StaffUser } from '../users/ports.js';
import { type StaffAuthPorts } from './ports.js';

/**
 * auth.me (SPEC §6): the signed-in user as stored now, so flags changed and users deleted since the
 * token was issued show at once. NOT_FOUND when the user no longer exists (the edge: UNAUTHORIZED).
 */
export async function getSignedInUser(deps: StaffAuthPorts, input: { userId: string }): Promise<StaffUser> {
  const user = await deps.users.findById(input.userId);
  if (!user) throw notFound('the signed-in user no longer exists');
  return user;
}
