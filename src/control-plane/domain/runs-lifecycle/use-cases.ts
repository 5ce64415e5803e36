import { type AccessDirectory } from '../access/actor.js';
import { type LiveAccessGuard } from '../access/live-access-guard.js';
import { requireActor, requireRunCanceler, requireRunReader, runReaderGrant } from '../access/policy.js';
import { failedPrecondition, invalidArgument, notFound } from '../errors.js';
import { explainRun, runEventTypes } from './events.js';
import { type RunEventFeed } from './run-event-feed.js';
import {
  type FlowEventView,
  type RunLauncher,
  type RunLifecycleStore,
  type RunStatus,
  type RunView,
} from './ports.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RunLifecycleDependencies {
  access: AccessDirectory;
  store: RunLifecycleStore;
  feed: RunEventFeed;
  /** Ends live streams whose caller lost access while they were open. */
  liveAccess: LiveAccessGuard;
  /** This replica's launcher, when its dispatcher runs; otherwise the slot owner stops the run on its next tick. */
  launcher: RunLauncher | null;
  recordTransition: (from: RunStatus, to: RunStatus) => void;
  onLauncherError: (error: unknown, runId: string) => void;
}

function requireRunId(runId: string): string {
  if (!uuidPattern.test(runId)) throw invalidArgument('runId: must be a UUID');
  return runId.toLowerCase();
}

/**
 * runs.cancel (SPEC §6/§7): admin or project admin/read_write; pending or running runs only. The
 * status change commits first (so a finishing dispatcher loses the race cleanly), then the Job is
 * deleted / the process killed; if that fails here, the slot stays `releasing` and the dispatcher
 * holding it stops the run and frees the slot on its next tick.
 */
export async function cancelRun(
  deps: RunLifecycleDependencies,
  input: { userId: string; runId: string },
): Promise<RunView> {
  const runId = requireRunId(input.runId);
  const actor = await requireActor(deps.access, input.userId);
  const run = await deps.store.findRun(runId);
  if (!run) throw notFound('run not found');
  await requireRunCanceler(deps.access, actor, run.projectId);

  const outcome = await deps.store.cancelRun(runId, actor.userId, (facts) =>
    explainRun(facts, { status: 'canceled', eventType: runEventTypes.canceled }),
  );
  if (outcome.kind === 'not_found') throw notFound('run not found');
  if (outcome.kind === 'not_cancelable') {
    throw failedPrecondition(`the run is ${outcome.status}: only pending or running runs can be canceled`);
  }
  deps.recordTransition(outcome.previousStatus, 'canceled');
  if (outcome.target && deps.launcher) {
    await deps.launcher.cancel(outcome.target).catch((error: unknown) => deps.onLauncherError(error, runId));
  }
  const view = await deps.store.getRunView(runId);
  if (!view) throw notFound('run not found');
  return view;
}

/**
 * WatchRunEvents: same access rule as runs.get; the run's events after `afterEventId` (the stored
 * backlog first), then live ones, until the caller goes away or loses access (then it ends with
 * PERMISSION_DENIED "access revoked: …").
 */
export async function openRunEventStream(
  deps: Pick<RunLifecycleDependencies, 'access' | 'store' | 'feed' | 'liveAccess'>,
  input: { userId: string; runId: string; afterEventId: number },
  signal: AbortSignal,
): Promise<AsyncGenerator<FlowEventView>> {
  const runId = requireRunId(input.runId);
  if (!Number.isSafeInteger(input.afterEventId) || input.afterEventId < 0)
    throw invalidArgument('afterEventId: must be a non-negative integer');
  const actor = await requireActor(deps.access, input.userId);
  const run = await deps.store.findRun(runId);
  if (!run) throw notFound('run not found');
  await requireRunReader(deps.access, actor, run.projectId);
  return deps.liveAccess.guard(runReaderGrant(actor.userId, run.projectId), signal, (guarded) =>
    deps.feed.subscribe(run.correlationId, input.afterEventId, guarded),
  );
}
