import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type RunsPorts, type RunSummary } from './ports.js';
import { requireReadableRun } from './readable-run.js';

/** Why a pending run waits (issue 21): its project's slots and its place in the project's queue. */
export interface RunQueue {
  slotsInUse: number;
  slotsTotal: number;
  /** 1 = the next of its project to start when a slot frees (claim order: oldest first). */
  position: number;
}

/**
 * runs.get (SPEC §6): the run and its whole payload, for platform admins and the project's
 * members; a pending run of a project also says why it waits (`queue`).
 */
export async function getRun(
  deps: Pick<RunsPorts, 'runs' | 'slotsPerProject'>,
  call: StaffCall,
  input: { runId: string },
): Promise<{ run: RunSummary; payload: unknown; queue: RunQueue | null }> {
  const run = requireReadableRun(
    await deps.runs.findWithAccess(requireUuid('runId', input.runId), call.actorUserId),
  );
  const { payload, queue } = await deps.runs.findPayloadAndQueue(run.id, deps.slotsPerProject);
  return { run, payload, queue: queue && { ...queue, slotsTotal: deps.slotsPerProject } };
}
