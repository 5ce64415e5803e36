/**
 * Proto → JSON for the SPA (one place, shared by every router): the proto field names in
 * camelCase, timestamps as ISO strings or null, int64 as numbers, "" for "none" turned into
 * null, `*_json` fields parsed into objects, wrappers into boolean | null.
 */
import { type DeliveryOutcome, type IgnoreReason } from '../../shared/contract/delivery-outcome.js';
import { type GitHubReportState, githubReportStates } from '../../shared/contract/github-report.js';
import { type ProjectRole } from '../../shared/contract/project-role.js';
import { type RecoveryOutcome } from '../../shared/contract/recovery-outcome.js';
import { type RunStatus } from '../../shared/contract/run-status.js';
import { timestampToIso, type v1 } from '../../shared/proto/index.js';

type Message<T> = T | null | undefined;

function parseJson(text: string | null | undefined): unknown {
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}

export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

export function pageJson<M, T>(
  response: { items?: M[] | null; nextCursor?: string | null },
  map: (message: M) => T,
): ListPage<T> {
  return {
    items: (response.items ?? []).map(map),
    nextCursor: response.nextCursor ? response.nextCursor : null,
  };
}

export function projectJson(project: Message<v1.IProject>) {
  return {
    id: project?.id ?? '',
    slug: project?.slug ?? '',
    name: project?.name ?? '',
    learningModeDefault: project?.learningModeDefault ?? false,
    role: (project?.role ?? 'read') as ProjectRole,
    createdAt: timestampToIso(project?.createdAt),
    updatedAt: timestampToIso(project?.updatedAt),
  };
}

export function runJson(run: Message<v1.IRun>) {
  return {
    id: run?.id ?? '',
    correlationId: run?.correlationId ?? '',
    projectId: run?.projectId || null,
    projectSlug: run?.projectSlug || null,
    projectName: run?.projectName || null,
    status: (run?.status ?? 'pending') as RunStatus,
    learningMode: run?.learningMode ?? false,
    eventType: run?.eventType ?? '',
    action: run?.action ?? '',
    repositoryFullName: run?.repositoryFullName ?? '',
    senderLogin: run?.senderLogin ?? '',
    jobName: run?.jobName || null,
    createdAt: timestampToIso(run?.createdAt),
    updatedAt: timestampToIso(run?.updatedAt),
    startedAt: timestampToIso(run?.startedAt),
    finishedAt: timestampToIso(run?.finishedAt),
    ...runContextJson(run?.context),
  };
}

export type RunTriggerKind = 'label' | 'command' | 'event';
export type RunSubjectKind = 'issue' | 'pull_request' | 'commit' | 'none';

/**
 * What started a run and what it is about, with links to GitHub (issue 21); null = none. The
 * console computes the duration from startedAt/finishedAt.
 */
function runContextJson(context: Message<v1.IRunContext>) {
  return {
    trigger: context?.triggerKind
      ? { kind: context.triggerKind as RunTriggerKind, value: context.triggerValue ?? '' }
      : null,
    instruction: context?.instruction || null,
    subject: {
      kind: (context?.subjectKind || 'none') as RunSubjectKind,
      number: context?.subjectNumber ? Number(context.subjectNumber) : null,
      title: context?.subjectTitle || null,
    },
    branch: context?.branch || null,
    headSha: context?.headSha || null,
    links: {
      repository: context?.repositoryUrl || null,
      subject: context?.subjectUrl || null,
      branch: context?.branchUrl || null,
      commit: context?.commitUrl || null,
      sender: context?.senderUrl || null,
    },
  };
}

/** Why a pending run waits (issue 21); null for runs that do not wait in a project's queue. */
export function runQueueJson(queue: Message<v1.IRunQueue>) {
  if (!queue) return null;
  return {
    slotsInUse: queue.slotsInUse ?? 0,
    slotsTotal: queue.slotsTotal ?? 0,
    position: queue.position ?? 0,
  };
}

/** Where a run's GitHub report stands (SPEC §13). */
export function githubReportJson(report: Message<v1.IGitHubReport>) {
  const state = report?.state ?? 'none';
  return {
    state: ((githubReportStates as readonly string[]).includes(state) ? state : 'none') as GitHubReportState,
    sentState: (report?.sentState || null) as RunStatus | null,
    lastError: report?.lastError || null,
  };
}

export function flowEventJson(event: Message<v1.IFlowEvent>) {
  return {
    id: Number(event?.id ?? 0),
    correlationId: event?.correlationId ?? '',
    actorType: (event?.actorType ?? 'system') as 'system' | 'staff',
    actorId: event?.actorId ?? '',
    /** The actor's email when the actor is a staff user who still exists. */
    actorEmail: event?.actorEmail || null,
    eventType: event?.eventType ?? '',
    payload: parseJson(event?.payloadJson),
    createdAt: timestampToIso(event?.createdAt),
  };
}

export function learningFeedbackJson(feedback: Message<v1.ILearningFeedback>) {
  return {
    id: Number(feedback?.id ?? 0),
    runId: feedback?.runId ?? '',
    repositoryId: feedback?.repositoryId || null,
    prNumber: feedback?.prNumber || null,
    filePath: feedback?.filePath || null,
    line: feedback?.line || null,
    kind: (feedback?.kind ?? 'inline') as 'inline' | 'post_pr',
    explanation: feedback?.explanation ?? '',
    createdAt: timestampToIso(feedback?.createdAt),
  };
}

export function staffUserJson(user: Message<v1.IStaffUser>) {
  return {
    id: user?.id ?? '',
    email: user?.email ?? '',
    githubUserId: user?.githubUserId ? Number(user.githubUserId) : null,
    githubLogin: user?.githubLogin || null,
    isPlatformAdmin: user?.isPlatformAdmin ?? false,
    isPlatformOwner: user?.isPlatformOwner ?? false,
    createdAt: timestampToIso(user?.createdAt),
    updatedAt: timestampToIso(user?.updatedAt),
    /** Null until the user first signs in. */
    lastSignInAt: timestampToIso(user?.lastSignInAt),
  };
}

export function projectMemberJson(member: Message<v1.IProjectMember>) {
  return {
    projectId: member?.projectId ?? '',
    userId: member?.userId ?? '',
    email: member?.email ?? '',
    githubLogin: member?.githubLogin || null,
    role: (member?.role ?? 'read') as ProjectRole,
    // Unset wrapper = inherit the project default.
    learningModeOverride: member?.learningModeOverride ? member.learningModeOverride.value === true : null,
    createdAt: timestampToIso(member?.createdAt),
    updatedAt: timestampToIso(member?.updatedAt),
  };
}

export function repositoryJson(repository: Message<v1.IRepository>) {
  return {
    id: repository?.id ?? '',
    projectId: repository?.projectId ?? '',
    provider: (repository?.provider ?? 'github') as 'github' | 'gitlab',
    externalId: Number(repository?.externalId ?? 0),
    owner: repository?.owner ?? '',
    name: repository?.name ?? '',
    servicesYamlPath: repository?.servicesYamlPath ?? '',
    createdAt: timestampToIso(repository?.createdAt),
    updatedAt: timestampToIso(repository?.updatedAt),
    // The last walk of the webhook's delivery log (SPEC §14); null before the first.
    recovery: repository?.lastRecoveryOutcome
      ? {
          lastWalkAt: timestampToIso(repository.lastRecoveryAt),
          outcome: repository.lastRecoveryOutcome as RecoveryOutcome,
          error: repository.lastRecoveryError || null,
          lastRecovered: repository.lastRecovered ?? 0,
          recoveredTotal: Number(repository.deliveriesRecovered ?? 0),
        }
      : null,
  };
}

export function runPayloadJson(text: string | null | undefined): unknown {
  return parseJson(text);
}

export type RunLogStream = 'stdout' | 'stderr' | 'system';

export function runLogChunkJson(chunk: Message<v1.IRunLogChunk>) {
  return {
    seq: Number(chunk?.seq ?? 0),
    stream: (chunk?.stream ?? 'stdout') as RunLogStream,
    at: timestampToIso(chunk?.at) ?? '',
    text: chunk?.text ?? '',
  };
}

function triggerPolicyJson(policy: Message<v1.ITriggerPolicy>) {
  return {
    labelPrefix: policy?.labelPrefix ?? '',
    command: policy?.command ?? '',
    events: policy?.events ?? [],
    trustedAssociations: policy?.trustedAssociations ?? [],
  };
}

/** A trigger policy's effective values, the project's own choices (null = the platform default) and the defaults. */
export function projectTriggersJson(response: Message<v1.IProjectTriggersResponse>) {
  const own = response?.project;
  return {
    projectId: response?.projectId ?? '',
    effective: triggerPolicyJson(response?.effective),
    project: {
      labelPrefix: own?.labelPrefix ? (own.labelPrefix.value ?? '') : null,
      command: own?.command ? (own.command.value ?? '') : null,
      events: own?.events ? (own.events.values ?? []) : null,
      trustedAssociations: own?.trustedAssociations ? (own.trustedAssociations.values ?? []) : null,
    },
    defaults: triggerPolicyJson(response?.defaults),
  };
}

export type AuditTargetKind = 'project' | 'user' | 'member' | 'repository' | 'run';

/** One entry of the staff audit trail (issue 21): who did what when, and to what. */
export function auditEventJson(event: Message<v1.IAuditEvent>) {
  return {
    id: Number(event?.id ?? 0),
    eventType: event?.eventType ?? '',
    actorId: event?.actorId ?? '',
    /** Null when the user no longer exists. */
    actorEmail: event?.actorEmail || null,
    projectId: event?.projectId || null,
    /** Null when the project no longer exists. */
    projectSlug: event?.projectSlug || null,
    /** A member's id is `<project id>:<user id>`. */
    target: event?.targetKind
      ? { kind: event.targetKind as AuditTargetKind, id: event.targetId ?? '' }
      : null,
    userId: event?.userId || null,
    runId: event?.runId || null,
    repositoryId: event?.repositoryId || null,
    payload: parseJson(event?.payloadJson),
    createdAt: timestampToIso(event?.createdAt),
  };
}

export function deliveryJson(delivery: Message<v1.IDelivery>) {
  return {
    deliveryId: delivery?.deliveryId ?? '',
    event: delivery?.event ?? '',
    action: delivery?.action || null,
    repositoryExternalId: delivery?.repositoryExternalId ? Number(delivery.repositoryExternalId) : null,
    repositoryFullName: delivery?.repositoryFullName || null,
    senderLogin: delivery?.senderLogin || null,
    receivedAt: timestampToIso(delivery?.receivedAt),
    outcome: (delivery?.outcome ?? 'ignored') as DeliveryOutcome,
    reason: (delivery?.reason || null) as IgnoreReason | null,
    runId: delivery?.runId || null,
    projectId: delivery?.projectId || null,
    projectSlug: delivery?.projectSlug || null,
  };
}
