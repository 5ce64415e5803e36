import { requireActor, requireExistingProject, requireProjectReader } from '../access/policy.js';
import { type Page, type PageInput, pageRequest } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type RepositoriesPorts, type RepositoryRecord } from './ports.js';

export interface ListRepositoriesInput extends PageInput {
  projectId: string;
}

/** repositories.list (SPEC §6): a project's repositories, for platform admins and the project's members. */
export async function listRepositories(
  deps: Pick<RepositoriesPorts, 'directory' | 'repositories'>,
  call: StaffCall,
  input: ListRepositoriesInput,
): Promise<Page<RepositoryRecord>> {
  const actor = await requireActor(deps.directory, call.actorUserId);
  const page = pageRequest(input);
  const projectId = await requireExistingProject(deps.directory, input.projectId);
  await requireProjectReader(deps.directory, actor, projectId);
  return deps.repositories.list(projectId, page);
}
