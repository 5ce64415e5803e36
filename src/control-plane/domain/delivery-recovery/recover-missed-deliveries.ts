import { walkDeliveryLog, type WalkResult } from './walk-delivery-log.js';

type PassDeps = Parameters<typeof walkDeliveryLog>[0];

/**
 * A repository another replica walked this recently is left to the next pass: replicas started
 * together (a rollout) walk each repository once, not once each.
 */
export const recentWalkMs = 30_000;

/**
 * Every repository due for a walk, one after another, each under its own lease (so any number
 * of replicas share the repositories instead of walking one twice). A repository GitHub refuses is
 * recorded and the others are walked all the same.
 */
export async function recoverMissedDeliveries(
  deps: PassDeps,
  input: { owner: string; signal?: AbortSignal },
): Promise<WalkResult[]> {
  const results: WalkResult[] = [];
  for (const repositoryId of await deps.recovery.dueRepositoryIds(recentWalkMs)) {
    if (input.signal?.aborted) break;
    try {
      results.push(
        await walkDeliveryLog(deps, {
          repositoryId,
          owner: input.owner,
          // Another replica's pass may have walked it since the list was read.
          skipIfWalkedWithinMs: recentWalkMs,
          signal: input.signal,
        }),
      );
    } catch (error) {
      // The walk records GitHub's refusals itself; this is the database or a bug: the next repository still gets its turn.
      deps.log.warn(
        { repositoryId, err: error instanceof Error ? error.message : String(error) },
        'delivery recovery walk broke',
      );
    }
  }
  return results;
}
