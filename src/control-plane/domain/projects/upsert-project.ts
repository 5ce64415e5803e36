import { requireAdminActor } from '../access/policy.js';
import { withAudit } from '../staff-call/audit.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type ProjectsPorts, type ProjectView } from './ports.js';
import { requireProjectName, requireProjectSlug } from './project-fields.js';

export interface UpsertProjectInput {
  slug: string;
  name: string;
}

/** projects.upsert (SPEC §6): platform admins create a project or rename the one with this slug. */
export async function upsertProject(
  deps: Pick<ProjectsPorts, 'directory' | 'projects' | 'audit' | 'transactor' | 'learningModeDefault'>,
  call: StaffCall,
  input: UpsertProjectInput,
): Promise<{ project: ProjectView; created: boolean }> {
  const actor = await requireAdminActor(deps.directory, call.actorUserId);
  const slug = requireProjectSlug(input.slug);
  const name = requireProjectName(input.name);

  const { project, created } = await withAudit(
    deps,
    call,
    actor,
    () => deps.projects.upsertBySlug({ slug, name, learningModeDefault: deps.learningModeDefault }),
    (result) => ({
      eventType: 'project.upserted',
      resource: 'project',
      resourceId: result.project.id,
      payload: {
        project_id: result.project.id,
        slug,
        name,
        created: result.created,
        previous_name: result.previousName,
        learning_mode_default: result.project.learningModeDefault,
      },
    }),
  );
  return { project: { ...project, role: 'admin' }, created };
}
