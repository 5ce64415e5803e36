import { requireActor, requireExistingProject, requireProjectReader } from '../access/policy.js';
import { type Page, type PageInput, pageRequest } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type ListedRepository, type RepositoriesPorts } from './ports.js';

export interface ListRepositoriesInput extends PageInput {
  projectId: string;
}

/**
 * repositories.list (SPEC §6): a project's repositories, for platform admins and the project's
 * members, each with the last walk of its delivery log (SPEC §14).
 */
export async function listRepositories(
  deps: Pick<RepositoriesPorts, 'directory' | 'repositories' | 'recoveryStates'>,
  call: StaffCall,
  input: ListRepositoriesInput,
): Promise<Page<ListedRepository>> {
  const actor = await requireActor(deps.directory, call.actorUserId);
  const page = pageRequest(input);
  const projectId = await requireExistingProject(deps.directory, input.projectId);
  await requireProjectReader(deps.directory, actor, projectId);
  const listed = await deps.repositories.list(projectId, page);
  const states = await deps.recoveryStates.states(listed.items.map((repository) => repository.id));
  return {
    ...listed,
    items: listed.items.map((repository) => ({ ...repository, recovery: states.get(repository.id) ?? null })),
  };
}
