import { type AccessDirectory } from '../access/actor.js';
import {
  requireActor,
  requirePlatformAdmin,
  requirePlatformOwner,
  requireProjectReader,
} from '../access/policy.js';
import { invalidArgument, notFound } from '../errors.js';
import { type AuditTrail } from '../staff/audit.js';
import { type StaffCall } from '../staff/call.js';
import { readInCallersScope } from '../staff/caller-scope.js';
import { type Page, pageRequest } from '../staff/pagination.js';
import { type Transactor } from '../staff/transaction.js';
import { requireUuid } from '../staff/validation.js';
import { type ProjectStore, type ProjectView, type ProjectWebhookRemover } from './ports.js';

export const projectSlugPattern = /^[a-z0-9][a-z0-9._-]{0,99}$/;
export const maxProjectNameLength = 200;

export interface ProjectsDependencies {
  directory: AccessDirectory;
  projects: ProjectStore;
  webhooks: ProjectWebhookRemover;
  audit: AuditTrail;
  transactor: Transactor;
  /** CODEXK8S_LEARNING_MODE_DEFAULT: what new projects start with. */
  learningModeDefault: boolean;
}

/** projects.list / get / upsert / delete (SPEC §6). */
export class ProjectsService {
  constructor(private readonly deps: ProjectsDependencies) {}

  async list(
    call: StaffCall,
    limit: number | undefined,
    cursor: string | undefined,
  ): Promise<Page<ProjectView>> {
    const page = pageRequest(limit, cursor);
    return readInCallersScope(
      call,
      (scope) => this.deps.projects.listWithActor(call.actorUserId, scope, page),
      (scope) => this.deps.projects.list(scope, page),
    );
  }

  async get(call: StaffCall, projectId: string): Promise<ProjectView> {
    const actor = await requireActor(this.deps.directory, call.actorUserId);
    const project = await this.deps.projects.findById(requireUuid('projectId', projectId));
    if (!project) throw notFound('project not found');
    const role = await requireProjectReader(this.deps.directory, actor, project.id);
    return { ...project, role };
  }

  async upsert(
    call: StaffCall,
    input: { slug: string; name: string },
  ): Promise<{ project: ProjectView; created: boolean }> {
    const actor = await requireActor(this.deps.directory, call.actorUserId);
    requirePlatformAdmin(actor);
    const slug = input.slug.trim();
    const name = input.name.trim();
    if (!projectSlugPattern.test(slug)) {
      throw invalidArgument(
        'slug: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit, at most 100 characters',
      );
    }
    if (name.length === 0 || name.length > maxProjectNameLength)
      throw invalidArgument(`name: must be 1 to ${maxProjectNameLength} characters`);

    return this.deps.transactor.inTransaction(async () => {
      const result = await this.deps.projects.upsertBySlug({
        slug,
        name,
        learningModeDefault: this.deps.learningModeDefault,
      });
      await this.deps.audit.append({
        actorUserId: actor.userId,
        eventType: 'project.upserted',
        resource: 'project',
        resourceId: result.project.id,
        requestId: call.requestId,
        payload: {
          project_id: result.project.id,
          slug,
          name,
          created: result.created,
          previous_name: result.previousName,
          learning_mode_default: result.project.learningModeDefault,
        },
      });
      return { project: { ...result.project, role: 'admin' as const }, created: result.created };
    });
  }

  async delete(call: StaffCall, projectId: string): Promise<void> {
    const actor = await requireActor(this.deps.directory, call.actorUserId);
    requirePlatformOwner(actor);
    const project = await this.deps.projects.findById(requireUuid('projectId', projectId));
    if (!project) throw notFound('project not found');

    // GitHub first and outside the transaction: a slow or failing GitHub must not hold locks,
    // and a hook left behind only produces deliveries that resolve to no binding.
    const hooks = await this.deps.webhooks.removeProjectWebhooks(project.id, call.warn);

    await this.deps.transactor.inTransaction(async () => {
      const deleted = await this.deps.projects.deleteWithRunHistory(project.id);
      await this.deps.audit.append({
        actorUserId: actor.userId,
        eventType: 'project.deleted',
        resource: 'project',
        resourceId: project.id,
        requestId: call.requestId,
        payload: {
          project_id: project.id,
          slug: project.slug,
          name: project.name,
          runs_deleted: deleted.runsDeleted,
          flow_events_deleted: deleted.flowEventsDeleted,
          repositories: hooks.repositories,
          webhooks_removed: hooks.removed,
        },
      });
    });
  }
}
