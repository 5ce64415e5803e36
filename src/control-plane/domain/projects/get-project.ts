import { requireActor, requireProjectReader } from '../access/policy.js';
import { because, notFound } from '../errors.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type ProjectsPorts, type ProjectView } from './ports.js';

/** projects.get (SPEC §6): the project with the caller's role in it; platform admins and members only. */
export async function getProject(
  deps: Pick<ProjectsPorts, 'directory' | 'projects'>,
  call: StaffCall,
  input: { projectId: string },
): Promise<ProjectView> {
  const actor = await requireActor(deps.directory, call.actorUserId);
  const project = await deps.projects.findById(requireUuid('projectId', input.projectId));
  if (!project) throw notFound('project not found', because('project_not_found'));
  const role = await requireProjectReader(deps.directory, actor, project.id);
  return { ...project, role };
}
