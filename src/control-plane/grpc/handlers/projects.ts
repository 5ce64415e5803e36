import { toTimestamp, type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { createProject } from '../../domain/projects/create-project.js';
import { deleteProject } from '../../domain/projects/delete-project.js';
import { getProject } from '../../domain/projects/get-project.js';
import { listProjects } from '../../domain/projects/list-projects.js';
import { type ProjectsPorts, type ProjectView } from '../../domain/projects/ports.js';
import { updateProject } from '../../domain/projects/update-project.js';
import { upsertProject } from '../../domain/projects/upsert-project.js';
import { type HandlerDependencies } from '../handler.js';
import { staffUnary } from './staff-call.js';
import { pageMessage } from './page-message.js';

function projectMessage(project: ProjectView): v1.Project.$Properties {
  return {
    id: project.id,
    slug: project.slug,
    name: project.name,
    learningModeDefault: project.learningModeDefault,
    role: project.role,
    createdAt: toTimestamp(project.createdAt),
    updatedAt: toTimestamp(project.updatedAt),
  };
}

/** ListProjects, GetProject, UpsertProject, CreateProject, UpdateProject, DeleteProject: mapping only. */
export function projectsHandlers(
  deps: HandlerDependencies,
  projects: ProjectsPorts,
): Pick<
  ControlPlaneHandlers,
  'listProjects' | 'getProject' | 'upsertProject' | 'createProject' | 'updateProject' | 'deleteProject'
> {
  return {
    listProjects: staffUnary(deps, async (call, request: v1.ListProjectsRequest) =>
      pageMessage(await listProjects(projects, call, request), projectMessage),
    ),
    getProject: staffUnary(deps, async (call, request: v1.GetProjectRequest) => ({
      project: projectMessage(await getProject(projects, call, request)),
    })),
    upsertProject: staffUnary(deps, async (call, request: v1.UpsertProjectRequest) => {
      const result = await upsertProject(projects, call, request);
      return { project: projectMessage(result.project), created: result.created };
    }),
    createProject: staffUnary(deps, async (call, request: v1.CreateProjectRequest) => ({
      project: projectMessage(
        await createProject(projects, call, {
          slug: request.slug,
          name: request.name,
          learningModeDefault: request.learningModeDefault?.value ?? null,
        }),
      ),
    })),
    updateProject: staffUnary(deps, async (call, request: v1.UpdateProjectRequest) => ({
      project: projectMessage(
        await updateProject(projects, call, {
          projectId: request.projectId,
          name: request.name ? (request.name.value ?? '') : null,
          learningModeDefault: request.learningModeDefault
            ? request.learningModeDefault.value === true
            : null,
        }),
      ),
    })),
    deleteProject: staffUnary(deps, async (call, request: v1.DeleteProjectRequest) => {
      await deleteProject(projects, call, request);
      return {};
    }),
  };
}
