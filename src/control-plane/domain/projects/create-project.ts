import { requireAdminActor } from '../access/policy.js';
import { because, conflict } from '../errors.js';
import { withAudit } from '../staff-call/audit.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type ProjectsPorts, type ProjectView } from './ports.js';
import { requireProjectName, requireProjectSlug } from './project-fields.js';

export interface CreateProjectInput {
  slug: string;
  name: string;
  /** Absent = CODEXK8S_LEARNING_MODE_DEFAULT. */
  learningModeDefault?: boolean | null;
}

/**
 * projects.create (issue 21): platform admins create a project; a slug another project has is
 * refused (CONFLICT, reason `slug_taken`) instead of renaming that project as projects.upsert does.
 */
export async function createProject(
  deps: Pick<ProjectsPorts, 'directory' | 'projects' | 'audit' | 'transactor' | 'learningModeDefault'>,
  call: StaffCall,
  input: CreateProjectInput,
): Promise<ProjectView> {
  const actor = await requireAdminActor(deps.directory, call.actorUserId);
  const slug = requireProjectSlug(input.slug);
  const name = requireProjectName(input.name);
  const learningModeDefault = input.learningModeDefault ?? deps.learningModeDefault;
  const project = await withAudit(
    deps,
    call,
    actor,
    async () => {
      const created = await deps.projects.create({ slug, name, learningModeDefault });
      if (!created)
        throw conflict(`slug: a project with the slug "${slug}" exists`, because('slug_taken', { slug }));
      return created;
    },
    (created) => ({
      eventType: 'project.created',
      resource: 'project',
      resourceId: created.id,
      payload: { project_id: created.id, slug, name, learning_mode_default: created.learningModeDefault },
    }),
  );
  return { ...project, role: 'admin' };
}
