import { type AccessDirectory } from '../access/actor.js';
import { requireActor, requireProjectReader, requireRunReader } from '../access/policy.js';
import { invalidArgument, notFound } from '../errors.js';
import { type StaffCall } from '../staff/call.js';
import { type Page, pageRequest } from '../staff/pagination.js';
import { optionalUuid, requireUuid } from '../staff/validation.js';
import {
  type FlowEventRecord,
  type LearningFeedbackRecord,
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
    const actor = await requireActor(this.deps.directory, call.actorUserId);
    const page = pageRequest(input.limit, input.cursor);
    const status = parseStatus(input.status);
    const projectId = optionalUuid('projectId', input.projectId);
    const isAdmin = actor.isPlatformAdmin || actor.isPlatformOwner;
    // Filtering by one project: the membership check decides (a non-member is refused rather
    // than shown an empty list), then that project's runs are listed without another scope.
    if (projectId !== null && !isAdmin) await requireProjectReader(this.deps.directory, actor, projectId);
    const scope =
      isAdmin || projectId !== null
        ? ({ kind: 'all' } as const)
        : ({ kind: 'memberOf', userId: actor.userId } as const);
    return this.deps.runs.list(scope, { projectId, status }, page);
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
    const run = await this.readableRun(call, runId);
    return this.deps.runs.listEvents(run.correlationId, page);
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
    const actor = await requireActor(this.deps.directory, call.actorUserId);
    const run = await this.deps.runs.findById(requireUuid('runId', runId));
    if (!run) throw notFound('run not found');
    await requireRunReader(this.deps.directory, actor, run.projectId);
    return run;
  }
}
