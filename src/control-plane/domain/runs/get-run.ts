import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type RunLinks, type RunsPorts, type RunSummary } from './ports.js';
import { requireReadableRun } from './readable-run.js';

/** Why a pending run waits (issue 21): its project's slots and its place in the project's queue. */
export interface RunQueue {
  slotsInUse: number;
  slotsTotal: number;
  /** 1 = the next of its project to start when a slot frees (claim order: oldest first). */
  position: number;
}

/**
 * runs.get (SPEC §6, §13): the run and its whole payload, the run it reruns and its reruns, where
 * its GitHub report stands, and for a pending run of a project why it waits (`queue`); for
 * platform admins and the project's members.
 */
export async function getRun(
  deps: Pick<RunsPorts, 'runs' | 'reruns' | 'slotsPerProject'>,
  call: StaffCall,
  input: { runId: string },
): Promise<{ run: RunSummary; payload: unknown; queue: RunQueue | null; links: RunLinks }> {
  const run = requireReadableRun(
    await deps.runs.findWithAccess(requireUuid('runId', input.runId), call.actorUserId),
  );
  const [{ payload, queue }, links] = await Promise.all([
    deps.runs.findPayloadAndQueue(run.id, deps.slotsPerProject),
    deps.reruns.links(run.id),
  ]);
  return { run, payload, links, queue: queue && { ...queue, slotsTotal: deps.slotsPerProject } };
}
