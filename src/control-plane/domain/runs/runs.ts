import { type AccessDirectory } from '../access/actor.js';
import {
  isPlatformAdmin,
  requireActor,
  requireProjectReader,
  requireRunReaderWithRole,
  requireStoredActor,
} from '../access/policy.js';
import { invalidArgument, notFound } from '../errors.js';
import { type StaffCall } from '../staff/call.js';
import { everything, readInCallersScope } from '../staff/caller-scope.js';
import { type Page, pageRequest } from '../staff/pagination.js';
import { optionalUuid, requireUuid } from '../staff/validation.js';
import {
  type FlowEventRecord,
  type LearningFeedbackRecord,
  type RunAccess,
  type RunStatus,
  type RunStore,
  type RunSummary,
  runStatuses,
} from './ports.js';

export interface RunsDependencies {
  directory: AccessDirectory;
  runs: RunStore;
}

export interface ListRunsInput {
  limit?: number;
  cursor?: string;
  /** Empty = any project. */
  projectId?: string;
  /** Empty = any status. */
  status?: string;
}

function parseStatus(status: string | undefined): RunStatus | null {
  if (!status) return null;
  const match = runStatuses.find((candidate) => candidate === status);
  if (!match) throw invalidArgument(`status: must be one of ${runStatuses.join(', ')}`);
  return match;
}

/** runs.list / get / events / learningFeedback (SPEC §6); cancel and live events live with the dispatcher. */
export class RunsService {
  constructor(private readonly deps: RunsDependencies) {}

  async list(call: StaffCall, input: ListRunsInput): Promise<Page<RunSummary>> {
    const page = pageRequest(input.limit, input.cursor);
    const status = parseStatus(input.status);
    const projectId = optionalUuid('projectId', input.projectId);
    if (projectId !== null) {
      // Filtering by one project: the membership check decides (a non-member is refused rather
      // than shown an empty list), then that project's runs are listed without another scope.
      const actor = await requireActor(this.deps.directory, call.actorUserId);
      if (!isPlatformAdmin(actor)) await requireProjectReader(this.deps.directory, actor, projectId);
      return this.deps.runs.list(everything, { projectId, status }, page);
    }
    // Everything the caller may see: the caller and a page in one round trip.
    const filter = { projectId: null, status };
    return readInCallersScope(
      call,
      (scope) => this.deps.runs.listWithActor(call.actorUserId, scope, filter, page),
      (scope) => this.deps.runs.list(scope, filter, page),
    );
  }

  async get(call: StaffCall, runId: string): Promise<{ run: RunSummary; payload: unknown }> {
    const run = await this.readableRun(call, runId);
    return { run, payload: await this.deps.runs.findPayload(run.id) };
  }

  async events(
    call: StaffCall,
    runId: string,
    limit: number | undefined,
    cursor: string | undefined,
  ): Promise<Page<FlowEventRecord>> {
    const page = pageRequest(limit, cursor);
    // The events and what the policy decides on arrive in one round trip; they leave only if it allows.
    const read = await this.deps.runs.listEventsWithAccess(
      requireUuid('runId', runId),
      call.actorUserId,
      page,
    );
    requireReadableRun(read.access);
    return read.page;
  }

  async learningFeedback(
    call: StaffCall,
    runId: string,
    limit: number | undefined,
    cursor: string | undefined,
  ): Promise<Page<LearningFeedbackRecord>> {
    const page = pageRequest(limit, cursor);
    const run = await this.readableRun(call, runId);
    return this.deps.runs.listLearningFeedback(run.id, page);
  }

  private async readableRun(call: StaffCall, runId: string): Promise<RunSummary> {
    return requireReadableRun(
      await this.deps.runs.findWithAccess(requireUuid('runId', runId), call.actorUserId),
    );
  }
}

/** The run, if the caller (as stored) may read it: unknown callers are refused before unknown runs. */
function requireReadableRun<Run extends { projectId: string | null }>(access: RunAccess<Run>): Run {
  const actor = requireStoredActor(access.actor);
  if (!access.run) throw notFound('run not found');
  requireRunReaderWithRole(actor, access.run.projectId, access.memberRole);
  return access.run;
}
