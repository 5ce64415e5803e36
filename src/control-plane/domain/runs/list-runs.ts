import { runStatuses } from '../../../shared/contract/run-status.js';
import { isPlatformAdmin, requireActor, requireProjectReader } from '../access/policy.js';
import { invalidArgument } from '../errors.js';
import { everything, readInCallersScope } from '../staff-call/caller-scope.js';
import { type Page, type PageInput, pageRequest } from '../staff-call/pagination.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { optionalUuid, requireOneOf } from '../staff-call/validation.js';
import { type RunFilter, type RunsPorts, type RunSummary } from './ports.js';

export interface ListRunsInput extends PageInput {
  /** Empty = any project. */
  projectId?: string;
  /** Empty = any status. */
  status?: string;
  /** Empty = any repository; else its full name `owner/name`, case-insensitive. */
  repository?: string;
  /** Empty = any sender; else a GitHub login, case-insensitive. */
  sender?: string;
  /** Empty = any trigger; else the label, the command or `event.action` that started the run. */
  trigger?: string;
}

const maxFilterLength = 200;

/** An optional text filter, trimmed; "" = none. */
function optionalText(field: string, value: string | undefined): string | null {
  const text = (value ?? '').trim();
  if (text.length > maxFilterLength) throw invalidArgument(`${field}: at most ${maxFilterLength} characters`);
  return text === '' ? null : text;
}

/**
 * runs.list (SPEC §6; filters by repository, sender and trigger of issue 21): newest first;
 * platform admins see every run, members those of their projects.
 */
export async function listRuns(
  deps: Pick<RunsPorts, 'directory' | 'runs'>,
  call: StaffCall,
  input: ListRunsInput,
): Promise<Page<RunSummary>> {
  const page = pageRequest(input);
  const status = input.status ? requireOneOf('status', runStatuses, input.status) : null;
  const projectId = optionalUuid('projectId', input.projectId);
  const context = {
    repository: optionalText('repository', input.repository),
    sender: optionalText('sender', input.sender),
    trigger: optionalText('trigger', input.trigger),
  };
  if (projectId !== null) {
    // Filtering by one project: the membership check decides (a non-member is refused rather
    // than shown an empty list), then that project's runs are listed without another scope.
    const actor = await requireActor(deps.directory, call.actorUserId);
    if (!isPlatformAdmin(actor)) await requireProjectReader(deps.directory, actor, projectId);
    return deps.runs.list(everything, { projectId, status, ...context }, page);
  }
  // Everything the caller may see: the caller and a page in one round trip.
  const filter: RunFilter = { projectId: null, status, ...context };
  return readInCallersScope(
    call,
    (scope) => deps.runs.listWithActor(call.actorUserId, scope, filter, page),
    (scope) => deps.runs.list(scope, filter, page),
  );
}
