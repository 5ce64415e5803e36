import { type Page, pageRequest } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireExistingProject } from '../access/policy.js';
import { requireMembershipAdmin } from './checks.js';
import { type MembersPorts, type ProjectMemberRecord } from './ports.js';

export interface ListMembersInput {
  projectId: string;
  limit?: number;
  cursor?: string;
}

/** members.list (SPEC §6): a project's members, by email; platform admins only. */
export async function listMembers(
  deps: Pick<MembersPorts, 'directory' | 'members'>,
  call: StaffCall,
  input: ListMembersInput,
): Promise<Page<ProjectMemberRecord>> {
  await requireMembershipAdmin(deps, call);
  const page = pageRequest(input.limit, input.cursor);
  const projectId = await requireExistingProject(deps.directory, input.projectId);
  return deps.members.list(projectId, page);
}
