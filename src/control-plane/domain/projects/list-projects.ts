import { readInCallersScope } from '../staff-call/caller-scope.js';
import { type Page, type PageInput, pageRequest } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type ProjectsPorts, type ProjectView } from './ports.js';

/** projects.list (SPEC §6): platform admins see all projects, members those they belong to. */
export async function listProjects(
  deps: Pick<ProjectsPorts, 'projects'>,
  call: StaffCall,
  input: PageInput,
): Promise<Page<ProjectView>> {
  const page = pageRequest(input);
  return readInCallersScope(
    call,
    (scope) => deps.projects.listWithActor(call.actorUserId, scope, page),
    (scope) => deps.projects.list(scope, page),
  );
}
