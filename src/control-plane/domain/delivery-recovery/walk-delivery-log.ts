import { DomainError } from '../errors.js';
import {
  DeliveryLogError,
  type DeliveryRecoveryPorts,
  type LeaseResult,
  type RecoveryTarget,
  type WalkRecord,
  type WalkStatus,
} from './ports.js';

export interface WalkDeliveryLogInput {
  repositoryId: string;
  /** The lease owner: this replica's walker id. */
  owner: string;
  /** Leave the repository alone when a walk of it ended this recently (the loop's passes); 0: walk anyway. */
  skipIfWalkedWithinMs?: number;
  signal?: AbortSignal;
}

export type WalkResult =
  | { kind: 'walked'; status: WalkStatus; checked: number; recovered: number; error: string | null }
  /** Stopped on shutdown: the lease released, nothing recorded as the walk's outcome. */
  | { kind: 'stopped'; recovered: number }
  | Exclude<LeaseResult, { kind: 'acquired' }>;

class WalkStopped extends Error {
  override name = 'WalkStopped';
}

type WalkDeps = Pick<
  DeliveryRecoveryPorts,
  'recovery' | 'deliveryLog' | 'cipher' | 'ingest' | 'metrics' | 'log' | 'lookbackMs' | 'leaseMs' | 'now'
>;

/**
 * One walk of a repository's webhook delivery log (SPEC §14), under the repository's lease: newest
 * entry first, back to the newest entry the last complete walk saw or the lookback, whichever
 * comes first. Each delivery id not recorded yet is fetched and ingested like a signed delivery
 * (same idempotency, same trigger policy: a copy arriving by webhook meanwhile still makes one
 * record). A refused token, a hook gone or a rate limit ends the walk and is recorded, never thrown.
 */
export async function walkDeliveryLog(deps: WalkDeps, input: WalkDeliveryLogInput): Promise<WalkResult> {
  const lease = await deps.recovery.acquire(
    input.repositoryId,
    input.owner,
    deps.leaseMs,
    input.skipIfWalkedWithinMs ?? 0,
  );
  if (lease.kind !== 'acquired') return lease;
  const target = lease.target;
  const label = `${target.owner}/${target.name}`;
  const progress = { checked: 0, recovered: 0 };
  let walk: WalkRecord;
  try {
    const newestSeen = await walkEntries(deps, target, input, progress);
    walk = { status: 'ok', error: null, ...progress, newestSeenDeliveryId: newestSeen, notBefore: null };
  } catch (error) {
    if (error instanceof WalkStopped) {
      // A deploy is not a failure: the next walk goes over the same entries again.
      if (progress.recovered > 0) deps.metrics.recovered(label, progress.recovered);
      await deps.recovery.release(target.repositoryId, input.owner, progress.recovered);
      return { kind: 'stopped', recovered: progress.recovered };
    }
    const failure =
      error instanceof DeliveryLogError
        ? error
        : new DeliveryLogError('failed', error instanceof Error ? error.message : String(error));
    walk = {
      status: failure.reason,
      error: failure.message,
      ...progress,
      newestSeenDeliveryId: null,
      notBefore: failure.retryAt,
    };
    deps.metrics.failed(label, failure.reason);
    deps.log.warn(
      { repositoryId: target.repositoryId, repository: label, reason: failure.reason, err: failure.message },
      'delivery recovery walk failed',
    );
  }
  if (walk.recovered > 0) {
    deps.metrics.recovered(label, walk.recovered);
    deps.log.info(
      { repositoryId: target.repositoryId, repository: label, recovered: walk.recovered },
      'missed deliveries recovered',
    );
  }
  await deps.recovery.finish(target.repositoryId, input.owner, walk);
  return {
    kind: 'walked',
    status: walk.status,
    checked: walk.checked,
    recovered: walk.recovered,
    error: walk.error,
  };
}

/** Walks the log; answers the newest entry id seen (the next walk's stop), or the previous one when none. */
async function walkEntries(
  deps: WalkDeps,
  target: RecoveryTarget,
  input: WalkDeliveryLogInput,
  progress: { checked: number; recovered: number },
): Promise<number | null> {
  if (target.hookId === null)
    throw new DeliveryLogError(
      'hook_missing',
      'the repository has no webhook of the platform; save it again',
    );
  const token = deps.cipher.decrypt(target.tokenEncrypted);
  const hookId = target.hookId;
  const oldest = deps.now().getTime() - deps.lookbackMs;
  const stopAt = target.newestSeenDeliveryId ?? 0;
  const handled = new Set<string>();
  let newest = target.newestSeenDeliveryId;

  for await (const page of deps.deliveryLog.pages(token, target.owner, target.name, hookId)) {
    const fresh = page.filter((entry) => entry.id > stopAt && entry.deliveredAt.getTime() >= oldest);
    for (const entry of fresh) newest = Math.max(newest ?? 0, entry.id);
    // A redelivery repeats its guid: the newest entry of a guid stands for all of them.
    const candidates = fresh.filter((entry) => !handled.has(entry.guid) && handled.add(entry.guid));
    progress.checked += candidates.length;
    const recorded = await deps.recovery.recordedDeliveryIds(candidates.map((entry) => entry.guid));
    for (const entry of candidates) {
      if (input.signal?.aborted) throw new WalkStopped();
      if (recorded.has(entry.guid)) continue;
      const request = await deps.deliveryLog.request(token, target.owner, target.name, hookId, entry.id);
      if (await ingestRecovered(deps, target, entry, request)) progress.recovered += 1;
    }
    if (fresh.length < page.length) break;
    if (!(await deps.recovery.renew(target.repositoryId, input.owner, deps.leaseMs)))
      throw new DeliveryLogError('failed', 'the walk lost its lease to another walker');
  }
  return newest;
}

/** True when this walk stored the delivery; a refused payload is skipped (and logged), never retried forever. */
async function ingestRecovered(
  deps: WalkDeps,
  target: RecoveryTarget,
  entry: { id: number; guid: string; deliveredAt: Date; event: string },
  request: { event: string; payload: Uint8Array },
): Promise<boolean> {
  try {
    const result = await deps.ingest({
      correlationId: entry.guid,
      deliveryId: entry.guid,
      eventType: request.event || entry.event,
      receivedAt: entry.deliveredAt,
      payload: request.payload,
      recovery: {
        githubDeliveryId: entry.id,
        deliveredAt: entry.deliveredAt,
        repositoryId: target.repositoryId,
      },
    });
    return !result.duplicate;
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'invalid_argument') {
      deps.log.warn(
        { repositoryId: target.repositoryId, deliveryId: entry.guid, err: error.message },
        'recovered delivery refused by the ingest; skipped',
      );
      return false;
    }
    throw error;
  }
}
