import { toTimestamp, type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { type ProjectView } from '../../domain/projects/ports.js';
import { type ProjectsService } from '../../domain/projects/projects.js';
import { unary, type HandlerDependencies } from '../handler.js';
import { staffCall } from './staff-call.js';

export function projectMessage(project: ProjectView): v1.Project.$Properties {
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

/** ListProjects, GetProject, UpsertProject, DeleteProject: mapping only. */
export function projectsHandlers(
  deps: HandlerDependencies,
  service: ProjectsService,
): Pick<ControlPlaneHandlers, 'listProjects' | 'getProject' | 'upsertProject' | 'deleteProject'> {
  return {
    listProjects: unary(deps, async (request: v1.ListProjectsRequest, context) => {
      const page = await service.list(staffCall(request.principal, context), request.limit, request.cursor);
      return { items: page.items.map(projectMessage), nextCursor: page.nextCursor };
    }),
    getProject: unary(deps, async (request: v1.GetProjectRequest, context) => ({
      project: projectMessage(await service.get(staffCall(request.principal, context), request.projectId)),
    })),
    upsertProject: unary(deps, async (request: v1.UpsertProjectRequest, context) => {
      const result = await service.upsert(staffCall(request.principal, context), {
        slug: request.slug,
        name: request.name,
      });
      return { project: projectMessage(result.project), created: result.created };
    }),
    deleteProject: unary(deps, async (request: v1.DeleteProjectRequest, context) => {
      await service.delete(staffCall(request.principal, context), request.projectId);
      return {};
    }),
  };
}
