import { requireAdminActor } from '../access/policy.js';
import { because, notFound } from '../errors.js';
import { withAudit } from '../staff-call/audit.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type ProjectsPorts, type ProjectView } from './ports.js';
import { requireProjectName } from './project-fields.js';

export interface UpdateProjectInput {
  projectId: string;
  /** Absent = unchanged. */
  name?: string | null;
  learningModeDefault?: boolean | null;
}

/** projects.update (issue 21): platform admins rename a project and/or change its learning-mode default. */
export async function updateProject(
  deps: Pick<ProjectsPorts, 'directory' | 'projects' | 'audit' | 'transactor'>,
  call: StaffCall,
  input: UpdateProjectInput,
): Promise<ProjectView> {
  const actor = await requireAdminActor(deps.directory, call.actorUserId);
  const projectId = requireUuid('projectId', input.projectId);
  const change: { name?: string; learningModeDefault?: boolean } = {};
  if (input.name !== undefined && input.name !== null) change.name = requireProjectName(input.name);
  if (input.learningModeDefault !== undefined && input.learningModeDefault !== null)
    change.learningModeDefault = input.learningModeDefault;
  const { after } = await withAudit(
    deps,
    call,
    actor,
    async () => {
      const updated = await deps.projects.update(projectId, change);
      if (!updated) throw notFound('project not found', because('project_not_found'));
      return updated;
    },
    ({ before, after }) => ({
      eventType: 'project.updated',
      resource: 'project',
      resourceId: projectId,
      payload: {
        project_id: projectId,
        slug: after.slug,
        before: { name: before.name, learning_mode_default: before.learningModeDefault },
        after: { name: after.name, learning_mode_default: after.learningModeDefault },
      },
    }),
  );
  return { ...after, role: 'admin' };
}
