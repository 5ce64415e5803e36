import { type Page, type PageInput, pageRequest } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireAdminActor, requireExistingProject } from '../access/policy.js';
import { type MembersPorts, type ProjectMemberRecord } from './ports.js';

export interface ListMembersInput extends PageInput {
  projectId: string;
}

/** members.list (SPEC §6): a project's members, by email; platform admins only. */
export async function listMembers(
  deps: Pick<MembersPorts, 'directory' | 'members'>,
  call: StaffCall,
  input: ListMembersInput,
): Promise<Page<ProjectMemberRecord>> {
  // SPEC §6: memberships are managed by platform admins only.
  await requireAdminActor(deps.directory, call.actorUserId);
  const page = pageRequest(input);
  const projectId = await requireExistingProject(deps.directory, input.projectId);
  return deps.members.list(projectId, page);
}
