import { requireAdminActor } from '../access/policy.js';
import { invalidArgument } from '../errors.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type StaffUser, type UsersPorts } from './ports.js';

export interface SearchUsersInput {
  query: string;
  /** 0 = 20; at most 50. */
  limit?: number;
}

const defaultLimit = 20;
const maxLimit = 50;
const maxQueryLength = 320;

/**
 * users.search (issue 21): the member picker's suggestions, platform admins only: users whose
 * email or GitHub login starts with the query (case-insensitive), by email. An empty query lists
 * the first users.
 */
export async function searchUsers(
  deps: Pick<UsersPorts, 'directory' | 'users'>,
  call: StaffCall,
  input: SearchUsersInput,
): Promise<StaffUser[]> {
  await requireAdminActor(deps.directory, call.actorUserId);
  const query = input.query.trim();
  if (query.length > maxQueryLength) throw invalidArgument(`query: at most ${maxQueryLength} characters`);
  const limit = input.limit ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || limit > maxLimit)
    throw invalidArgument(`limit: an integer from 1 to ${maxLimit}`);
  return deps.users.search(query, limit === 0 ? defaultLimit : limit);
}
