/**
 * In-memory fakes of the staff ports (access directory, users, projects, members, repositories,
 * runs, audit trail, transactions) over one shared state, for the use-cases' unit tests. The
 * stores keep the contracts their ports state (ordering, scopes, what a miss returns); a
 * transaction that throws leaves the state as it was, like a rollback.
 */
import { emptyRunContext } from '../runs/run-context.js';
import { type ProjectRole } from '../../../shared/contract/project-role.js';
import { type RunStatus } from '../../../shared/contract/run-status.js';
import { type AccessDirectory, type Actor, actorOf } from '../access/actor.js';
import { type MemberStore, type ProjectMemberRecord } from '../members/ports.js';
import { type ProjectRecord, type ProjectStore, type ProjectView } from '../projects/ports.js';
import {
  type RecoveryState,
  type RecoveryStateReader,
  type RepositoryStore,
  type RepositoryWithCredentials,
} from '../repositories/ports.js';
import {
  type FlowEventRecord,
  type LearningFeedbackRecord,
  type RunAccess,
  type RunRerunStore,
  type RunStore,
  type RunSummary,
} from '../runs/ports.js';
import { type AuditEntry, type AuditTrail } from '../staff-call/audit.js';
import { type ListScope } from '../staff-call/caller-scope.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type Transactor } from '../staff-call/transaction.js';
import { at, pageOf, testId } from './values.js';
import { memoryMemberStore, memoryRepositoryStore, memoryRunStore } from './memory-stores.js';
import { type BootstrapPlan, type StaffAuthStore } from '../staff-auth/ports.js';
import { type StaffUser, type UserStore } from '../users/ports.js';

interface Membership {
  projectId: string;
  userId: string;
  role: ProjectRole;
  learningModeOverride: boolean | null;
}

interface State {
  users: StaffUser[];
  projects: ProjectRecord[];
  memberships: Membership[];
  repositories: RepositoryWithCredentials[];
  runs: RunSummary[];
  payloads: Map<string, unknown>;
  events: FlowEventRecord[];
  feedback: LearningFeedbackRecord[];
  audit: AuditEntry[];
}

export { testId };

export class MemoryPlatform {
  state: State = {
    users: [],
    projects: [],
    memberships: [],
    repositories: [],
    runs: [],
    payloads: new Map(),
    events: [],
    feedback: [],
    audit: [],
  };
  readonly bootstrapPlans: BootstrapPlan[] = [];
  /** CODEXK8S_WORKER_SLOTS_PER_PROJECT of the fake platform. */
  readonly slotsPerProject = 2;
  private nextId = 1000;

  /** A fresh id (UUID-shaped) or number, unique in this platform. */
  newId(): string {
    return testId(this.nextId++);
  }

  newNumber(): number {
    return this.nextId++;
  }

  // --- fixtures -------------------------------------------------------------------------------

  addUser(email: string, flags: Partial<Pick<StaffUser, 'isPlatformAdmin' | 'isPlatformOwner'>> = {}) {
    const user: StaffUser = {
      id: testId(this.nextId++),
      email,
      githubUserId: null,
      githubLogin: null,
      isPlatformAdmin: flags.isPlatformAdmin ?? flags.isPlatformOwner ?? false,
      isPlatformOwner: flags.isPlatformOwner ?? false,
      createdAt: at,
      updatedAt: at,
      lastSignInAt: null,
    };
    this.state.users.push(user);
    return user;
  }

  addProject(slug: string): ProjectRecord {
    const project = {
      id: testId(this.nextId++),
      slug,
      name: slug,
      learningModeDefault: false,
      createdAt: at,
      updatedAt: at,
    };
    this.state.projects.push(project);
    return project;
  }

  addMember(project: { id: string }, user: { id: string }, role: ProjectRole): void {
    this.state.memberships.push({ projectId: project.id, userId: user.id, role, learningModeOverride: null });
  }

  addRepository(project: { id: string }, owner: string, name: string, webhookId: number | null = 7) {
    const repository: RepositoryWithCredentials = {
      id: testId(this.nextId++),
      projectId: project.id,
      provider: 'github',
      externalId: this.nextId++,
      owner,
      name,
      servicesYamlPath: 'services.yaml',
      tokenEncrypted: Buffer.from(`sealed:token-of-${owner}/${name}`),
      webhookId,
      createdAt: at,
      updatedAt: at,
    };
    this.state.repositories.push(repository);
    return repository;
  }

  addRun(project: ProjectRecord | null, status: RunStatus = 'pending', jobName: string | null = null) {
    const id = testId(this.nextId++);
    const run: RunSummary = {
      id,
      correlationId: `delivery-${id}`,
      projectId: project?.id ?? null,
      projectSlug: project?.slug ?? null,
      projectName: project?.name ?? null,
      status,
      learningMode: false,
      eventType: 'issues',
      action: 'opened',
      repositoryFullName: 'octo/service',
      senderLogin: 'octocat',
      jobName,
      // Later runs are newer, so lists (newest first) show them first.
      createdAt: new Date(at.getTime() + this.nextId * 1000),
      updatedAt: at,
      startedAt: null,
      finishedAt: null,
      context: emptyRunContext,
    };
    this.state.runs.push(run);
    this.state.payloads.set(id, { event: 'issues', delivery_id: run.correlationId });
    this.addEvent(run.correlationId, 'webhook.received');
    return run;
  }

  addEvent(correlationId: string, eventType: string): FlowEventRecord {
    const event: FlowEventRecord = {
      id: this.nextId++,
      correlationId,
      actorType: 'system',
      actorId: 'test',
      actorEmail: null,
      eventType,
      payload: {},
      createdAt: at,
    };
    this.state.events.push(event);
    return event;
  }

  // --- reads the fakes share ------------------------------------------------------------------

  actorOf(userId: string): Actor | null {
    const user = this.state.users.find((candidate) => candidate.id === userId);
    return user ? actorOf(user) : null;
  }

  roleOf(projectId: string | null, userId: string): ProjectRole | null {
    return (
      this.state.memberships.find((member) => member.projectId === projectId && member.userId === userId)
        ?.role ?? null
    );
  }

  memberRecord(membership: Membership): ProjectMemberRecord {
    const user = this.state.users.find((candidate) => candidate.id === membership.userId);
    return {
      ...membership,
      email: user?.email ?? '',
      githubLogin: user?.githubLogin ?? null,
      createdAt: at,
      updatedAt: at,
    };
  }

  visibleProjects(scope: ListScope): ProjectView[] {
    return this.state.projects
      .flatMap((project): ProjectView[] => {
        if (scope.kind === 'all') return [{ ...project, role: 'admin' }];
        const role = this.roleOf(project.id, scope.userId);
        return role ? [{ ...project, role }] : [];
      })
      .sort((a, b) => a.slug.localeCompare(b.slug));
  }

  runAccess(runId: string, actorUserId: string): RunAccess<RunSummary> {
    const run = this.state.runs.find((candidate) => candidate.id === runId) ?? null;
    return {
      actor: this.actorOf(actorUserId),
      run,
      memberRole: run ? this.roleOf(run.projectId, actorUserId) : null,
    };
  }

  // --- the ports ------------------------------------------------------------------------------

  readonly directory: AccessDirectory = {
    findActor: async (userId) => this.actorOf(userId),
    findProjectRole: async (projectId, userId) => this.roleOf(projectId, userId),
    projectExists: async (projectId) => this.state.projects.some((project) => project.id === projectId),
  };

  readonly audit: AuditTrail & { entries: () => AuditEntry[] } = {
    append: async (entry) => {
      this.state.audit.push(entry);
    },
    entries: () => this.state.audit,
  };

  /** Runs the work; when it throws, the state goes back to what it was before (a rollback). */
  readonly transactor: Transactor = {
    inTransaction: async (work) => {
      const before = structuredClone(this.state);
      try {
        return await work();
      } catch (error) {
        this.state = before;
        throw error;
      }
    },
  };

  readonly users: UserStore = {
    list: async (page) =>
      pageOf(
        [...this.state.users].sort((a, b) => a.email.localeCompare(b.email)),
        page,
      ),
    findById: async (userId) => this.state.users.find((user) => user.id === userId) ?? null,
    findByEmail: async (email) => this.state.users.find((user) => user.email === email.toLowerCase()) ?? null,
    upsertByEmail: async (email, isPlatformAdmin) => {
      const existing = this.state.users.find((user) => user.email === email);
      if (existing) {
        existing.isPlatformAdmin = isPlatformAdmin;
        return { user: existing, created: false };
      }
      const user = this.addUser(email, { isPlatformAdmin });
      return { user, created: true };
    },
    search: async (prefix, limit) =>
      [...this.state.users]
        .filter(
          (user) =>
            user.email.startsWith(prefix.toLowerCase()) ||
            (user.githubLogin?.toLowerCase().startsWith(prefix.toLowerCase()) ?? false),
        )
        .sort((a, b) => a.email.localeCompare(b.email))
        .slice(0, limit),
    delete: async (userId) => {
      this.state.users = this.state.users.filter((user) => user.id !== userId);
      this.state.memberships = this.state.memberships.filter((member) => member.userId !== userId);
    },
  };

  /** Sign-in's view of `users`. */
  readonly staffAuth: StaffAuthStore = {
    findByEmail: async (email) => this.state.users.find((user) => user.email === email) ?? null,
    findById: async (userId) => this.state.users.find((user) => user.id === userId) ?? null,
    linkGitHubIdentity: async (userId, identity) => {
      for (const user of this.state.users)
        if (user.githubUserId === identity.githubUserId && user.id !== userId) user.githubUserId = null;
      const user = this.state.users.find((candidate) => candidate.id === userId);
      if (!user) throw new Error(`no user ${userId}`);
      return Object.assign(user, identity);
    },
    recordSignIn: async (userId) => {
      const user = this.state.users.find((candidate) => candidate.id === userId);
      if (!user) throw new Error(`no user ${userId}`);
      user.lastSignInAt = new Date();
      return { ...user };
    },
    // What applying a plan does to the table is the store's (and its integration test's) business:
    // the fake keeps the plans it was given.
    applyBootstrap: async (plan) => {
      this.bootstrapPlans.push(plan);
      return { created: plan.users.length, updated: 0 };
    },
  };

  readonly projects: ProjectStore = {
    list: async (scope, page) => pageOf(this.visibleProjects(scope), page),
    listWithActor: async (actorUserId, scope, page) => ({
      actor: this.actorOf(actorUserId),
      page: pageOf(this.visibleProjects(scope), page),
    }),
    findById: async (projectId) => this.state.projects.find((project) => project.id === projectId) ?? null,
    upsertBySlug: async ({ slug, name, learningModeDefault }) => {
      const existing = this.state.projects.find((project) => project.slug === slug);
      if (existing) {
        const previousName = existing.name;
        existing.name = name;
        return { project: existing, created: false, previousName };
      }
      const project = { ...this.addProject(slug), name, learningModeDefault };
      this.state.projects = this.state.projects.map((candidate) =>
        candidate.id === project.id ? project : candidate,
      );
      return { project, created: true, previousName: null };
    },
    create: async ({ slug, name, learningModeDefault }) => {
      if (this.state.projects.some((project) => project.slug === slug)) return null;
      const project = { ...this.addProject(slug), name, learningModeDefault };
      this.state.projects = this.state.projects.map((candidate) =>
        candidate.id === project.id ? project : candidate,
      );
      return project;
    },
    update: async (projectId, change) => {
      const project = this.state.projects.find((candidate) => candidate.id === projectId);
      if (!project) return null;
      const before = { ...project };
      Object.assign(project, change, { updatedAt: new Date() });
      return { before, after: { ...project } };
    },
    deleteWithRunHistory: async (projectId) => {
      const runs = this.state.runs.filter((run) => run.projectId === projectId);
      const correlationIds = new Set(runs.map((run) => run.correlationId));
      const events = this.state.events.filter((event) => correlationIds.has(event.correlationId));
      this.state.events = this.state.events.filter((event) => !correlationIds.has(event.correlationId));
      this.state.runs = this.state.runs.filter((run) => run.projectId !== projectId);
      this.state.projects = this.state.projects.filter((project) => project.id !== projectId);
      this.state.memberships = this.state.memberships.filter((member) => member.projectId !== projectId);
      this.state.repositories = this.state.repositories.filter(
        (repository) => repository.projectId !== projectId,
      );
      return { runsDeleted: runs.length, flowEventsDeleted: events.length };
    },
  };

  readonly members: MemberStore = memoryMemberStore(this);
  readonly repositories: RepositoryStore = memoryRepositoryStore(this);
  /** Walks of delivery logs (SPEC §14) by repository id; none until a test sets one. */
  readonly recoveryStateByRepository = new Map<string, RecoveryState>();
  readonly recoveryStates: RecoveryStateReader = {
    states: async (ids) =>
      new Map(
        ids.flatMap((id) => {
          const state = this.recoveryStateByRepository.get(id);
          return state ? [[id, state] as const] : [];
        }),
      ),
  };
  readonly runs: RunStore = memoryRunStore(this);
  /** Reruns: the copy, its `rerun_of` link, `run.rerun` on both; no GitHub reports in memory. */
  readonly rerunOf = new Map<string, string>();
  readonly reruns: RunRerunStore = {
    rerun: async (runId, actor) => {
      const original = this.state.runs.find((run) => run.id === runId);
      if (!original) return { kind: 'not_found' };
      if (original.status === 'pending' || original.status === 'running')
        return { kind: 'not_finished', status: original.status };
      const n = [...this.rerunOf.values()].filter((id) => id === runId).length + 1;
      const id = testId(this.nextId++);
      const rerun: RunSummary = {
        ...original,
        id,
        correlationId: `${original.correlationId}:rerun:${n}`,
        status: 'pending',
        jobName: null,
        startedAt: null,
        finishedAt: null,
        createdAt: new Date(at.getTime() + this.nextId * 1000),
      };
      this.state.runs.push(rerun);
      this.state.payloads.set(id, this.state.payloads.get(runId));
      this.rerunOf.set(id, runId);
      for (const correlationId of [original.correlationId, rerun.correlationId])
        Object.assign(this.addEvent(correlationId, 'run.rerun'), {
          actorType: actor.type,
          actorId: actor.id,
        });
      return { kind: 'rerun', runId: id, correlationId: rerun.correlationId, rerunOf: runId };
    },
    links: async (runId) => ({
      rerunOf: this.rerunOf.get(runId) ?? null,
      rerunIds: [...this.rerunOf.entries()].filter(([, of]) => of === runId).map(([id]) => id),
      report: { state: 'none', sentState: null, lastError: null },
    }),
  };
}

/** A staff call by `user` (by id), claiming what the user's flags say; warnings are collected. */
export function callBy(user: { id: string; isPlatformAdmin?: boolean }, warnings: string[] = []): StaffCall {
  return {
    actorUserId: user.id,
    claimsPlatformAdmin: user.isPlatformAdmin ?? false,
    requestId: 'request-1',
    warn: (_details, message) => warnings.push(message),
  };
}

/** The kind of the DomainError `promise` rejects with (`resolved` when it does not reject). */
export async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof Error && 'kind' in error ? String(error.kind) : `unexpected: ${String(error)}`;
  }
}

/** The usual cast: the owner, an admin, a read_write and a read member of project `alpha`, an outsider. */
export function staffCast() {
  const memory = new MemoryPlatform();
  const owner = memory.addUser('owner@example.com', { isPlatformOwner: true });
  const admin = memory.addUser('admin@example.com', { isPlatformAdmin: true });
  const writer = memory.addUser('writer@example.com');
  const reader = memory.addUser('reader@example.com');
  const outsider = memory.addUser('outsider@example.com');
  const project = memory.addProject('alpha');
  memory.addMember(project, writer, 'read_write');
  memory.addMember(project, reader, 'read');
  return { memory, owner, admin, writer, reader, outsider, project };
}
