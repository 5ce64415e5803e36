/** The stores of the in-memory platform that only some features use (members, repositories, runs). */
import { type MemberStore } from '../members/ports.js';
import { type RepositoryRecord, type RepositoryStore } from '../repositories/ports.js';
import { type CancelOutcome, type RunStore } from '../runs/ports.js';
import { type MemoryPlatform } from './memory-platform.js';
import { at, pageOf } from './values.js';

export function memoryMemberStore(platform: MemoryPlatform): MemberStore {
  return {
    findUserById: async (userId) => platform.state.users.find((user) => user.id === userId) ?? null,
    findUserByEmail: async (email) => platform.state.users.find((user) => user.email === email) ?? null,
    list: async (projectId, page) =>
      pageOf(
        platform.state.memberships
          .filter((member) => member.projectId === projectId)
          .map((member) => platform.memberRecord(member))
          .sort((a, b) => a.email.localeCompare(b.email)),
        page,
      ),
    find: async (projectId, userId) => {
      const membership = platform.state.memberships.find(
        (member) => member.projectId === projectId && member.userId === userId,
      );
      return membership ? platform.memberRecord(membership) : null;
    },
    upsert: async (projectId, userId, role) => {
      const existing = platform.state.memberships.find(
        (member) => member.projectId === projectId && member.userId === userId,
      );
      if (existing) existing.role = role;
      else platform.state.memberships.push({ projectId, userId, role, learningModeOverride: null });
      return platform.memberRecord(existing ?? { projectId, userId, role, learningModeOverride: null });
    },
    delete: async (projectId, userId) => {
      const before = platform.state.memberships.length;
      platform.state.memberships = platform.state.memberships.filter(
        (member) => !(member.projectId === projectId && member.userId === userId),
      );
      return platform.state.memberships.length < before;
    },
    setLearningModeOverride: async (projectId, userId, enabled) => {
      const membership = platform.state.memberships.find(
        (member) => member.projectId === projectId && member.userId === userId,
      );
      if (!membership) return null;
      membership.learningModeOverride = enabled;
      return platform.memberRecord(membership);
    },
  };
}

export function memoryRepositoryStore(platform: MemoryPlatform): RepositoryStore {
  return {
    list: async (projectId, page) =>
      pageOf(
        platform.state.repositories
          .filter((repository) => repository.projectId === projectId)
          .map(({ tokenEncrypted: _token, webhookId: _hook, ...record }): RepositoryRecord => record),
        page,
      ),
    findInProject: async (projectId, repositoryId) =>
      platform.state.repositories.find(
        (repository) => repository.projectId === projectId && repository.id === repositoryId,
      ) ?? null,
    findByExternalId: async (provider, externalId) =>
      platform.state.repositories.find(
        (repository) => repository.provider === provider && repository.externalId === externalId,
      ) ?? null,
    listWithCredentials: async (projectId) =>
      platform.state.repositories.filter((repository) => repository.projectId === projectId),
    save: async (input) => {
      const existing = platform.state.repositories.find(
        (repository) => repository.provider === input.provider && repository.externalId === input.externalId,
      );
      if (existing) {
        Object.assign(existing, input);
        return { repository: existing, created: false };
      }
      const repository = { ...input, id: platform.newId(), createdAt: at, updatedAt: at };
      platform.state.repositories.push(repository);
      return { repository, created: true };
    },
    delete: async (repositoryId) => {
      const before = platform.state.repositories.length;
      platform.state.repositories = platform.state.repositories.filter(
        (repository) => repository.id !== repositoryId,
      );
      return platform.state.repositories.length < before;
    },
  };
}

export function memoryRunStore(platform: MemoryPlatform): RunStore {
  return {
    list: async (scope, filter, page) =>
      pageOf(
        platform.state.runs
          .filter(
            (run) =>
              (scope.kind === 'all' || platform.roleOf(run.projectId, scope.userId) !== null) &&
              (filter.projectId === null || run.projectId === filter.projectId) &&
              (filter.status === null || run.status === filter.status) &&
              (filter.repository === null ||
                run.repositoryFullName.toLowerCase() === filter.repository.toLowerCase()) &&
              (filter.sender === null || run.senderLogin.toLowerCase() === filter.sender.toLowerCase()) &&
              (filter.trigger === null || run.context.trigger?.value === filter.trigger),
          )
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()),
        page,
      ),
    listWithActor: async (actorUserId, scope, filter, page) => ({
      actor: platform.actorOf(actorUserId),
      page: await platform.runs.list(scope, filter, page),
    }),
    findById: async (runId) => platform.state.runs.find((run) => run.id === runId) ?? null,
    findWithAccess: async (runId, actorUserId) => platform.runAccess(runId, actorUserId),
    // The fake has no slots: a project's running runs hold its slots.
    findPayloadAndQueue: async (runId, slotsPerProject) => {
      const payload = platform.state.payloads.get(runId) ?? {};
      const run = platform.state.runs.find((candidate) => candidate.id === runId);
      if (!run || run.status !== 'pending' || run.projectId === null) return { payload, queue: null };
      const ofProject = platform.state.runs.filter((candidate) => candidate.projectId === run.projectId);
      const pending = ofProject
        .filter((candidate) => candidate.status === 'pending')
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
      const running = ofProject.filter((candidate) => candidate.status === 'running').length;
      return {
        payload,
        queue: {
          slotsInUse: Math.min(slotsPerProject, running),
          position: pending.findIndex((candidate) => candidate.id === run.id) + 1,
        },
      };
    },
    listEventsWithAccess: async (runId, actorUserId, page) => {
      const access = platform.runAccess(runId, actorUserId);
      const events = platform.state.events.filter(
        (event) => event.correlationId === access.run?.correlationId,
      );
      return { access, page: pageOf(events, page) };
    },
    listLearningFeedback: async (runId, page) =>
      pageOf(
        platform.state.feedback.filter((entry) => entry.runId === runId),
        page,
      ),
    cancel: async (runId, actorUserId, explain): Promise<CancelOutcome> => {
      const run = platform.state.runs.find((candidate) => candidate.id === runId);
      if (!run) return { kind: 'not_found' };
      if (run.status !== 'pending' && run.status !== 'running')
        return { kind: 'not_cancelable', status: run.status };
      const previousStatus = run.status;
      run.status = 'canceled';
      Object.assign(platform.addEvent(run.correlationId, 'run.canceled'), {
        actorType: 'staff',
        actorId: actorUserId,
      });
      explain({
        runId,
        eventType: run.eventType,
        action: run.action,
        repositoryFullName: run.repositoryFullName,
        jobName: run.jobName,
        slotNo: null,
        startedAt: run.startedAt,
      });
      const target =
        previousStatus === 'running' && run.jobName && run.projectId
          ? { runId, correlationId: run.correlationId, projectId: run.projectId, jobName: run.jobName }
          : null;
      return { kind: 'canceled', previousStatus, target };
    },
  };
}
