import { type AccessDirectory, type Actor } from '../access/actor.js';
import { type ProjectRole } from '../../../shared/contract/project-role.js';
import { type AuditTrail } from '../staff-call/audit.js';
import { type ListScope } from '../staff-call/caller-scope.js';
import { type Page, type PageRequest } from '../staff-call/pagination.js';
import { type Transactor } from '../staff-call/transaction.js';

export interface ProjectRecord {
  id: string;
  slug: string;
  name: string;
  learningModeDefault: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** A project as one caller sees it: with the caller's effective role. */
export interface ProjectView extends ProjectRecord {
  role: ProjectRole;
}

/** Which projects a listing may show: everything (platform admins) or the caller's memberships. */
export type ProjectScope = ListScope;

export interface ProjectStore {
  /** Ordered by slug; in `all` scope every project carries role `admin`. */
  list(scope: ProjectScope, page: PageRequest): Promise<Page<ProjectView>>;
  /**
   * The caller as stored (null when no such user) and `list(scope, page)`, in one round trip: the
   * page is the caller's only if the policy, looking at the actor, picks the same scope.
   */
  listWithActor(
    actorUserId: string,
    scope: ProjectScope,
    page: PageRequest,
  ): Promise<{ actor: Actor | null; page: Page<ProjectView> }>;
  findById(projectId: string): Promise<ProjectRecord | null>;
  /** Creates the project or renames the one with this slug. */
  upsertBySlug(input: { slug: string; name: string; learningModeDefault: boolean }): Promise<{
    project: ProjectRecord;
    created: boolean;
    previousName: string | null;
  }>;
  /** Creates the project; null when another project has this slug (nothing written). */
  create(input: { slug: string; name: string; learningModeDefault: boolean }): Promise<ProjectRecord | null>;
  /**
   * Changes what is given of the project's name and learning-mode default, with the row locked;
   * returns it before and after, or null when there is no such project.
   */
  update(
    projectId: string,
    change: { name?: string; learningModeDefault?: boolean },
  ): Promise<{ before: ProjectRecord; after: ProjectRecord } | null>;
  /** Deletes the flow events of the project's runs, then the project (the rest cascades). */
  deleteWithRunHistory(projectId: string): Promise<{ runsDeleted: number; flowEventsDeleted: number }>;
}

/** Removes the GitHub webhooks of a project's repositories; failures are reported, never thrown. */
export interface ProjectWebhookRemover {
  removeProjectWebhooks(
    projectId: string,
    warn: (details: Record<string, unknown>, message: string) => void,
  ): Promise<{
    repositories: number;
    removed: number;
  }>;
}

/** Everything the projects use-cases depend on; each asks for the few it uses (`Pick<ProjectsPorts, …>`). */
export interface ProjectsPorts {
  directory: AccessDirectory;
  projects: ProjectStore;
  webhooks: ProjectWebhookRemover;
  audit: AuditTrail;
  transactor: Transactor;
  /** CODEXK8S_LEARNING_MODE_DEFAULT: what new projects start with. */
  learningModeDefault: boolean;
}
