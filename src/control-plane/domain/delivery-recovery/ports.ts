/**
 * Missed deliveries (SPEC §14): what the walk of GitHub's delivery log needs from outside — the
 * log itself (GitHub), the walk state with its lease per repository (PostgreSQL), the ingest every
 * signed delivery goes through, the cipher of the repositories' tokens, and metrics.
 */
import { type AccessDirectory } from '../access/actor.js';
import {
  type RecoveryStateReader,
  type RepositoryStore,
  type TokenCipher,
  type WalkStatus,
} from '../repositories/ports.js';

export { type RecoveryState, type WalkStatus } from '../repositories/ports.js';
import { type AuditTrail } from '../staff-call/audit.js';
import { type Transactor } from '../staff-call/transaction.js';
import { type IncomingDelivery } from '../webhooks/delivery.js';
import { type IngestResult } from '../webhooks/ingest-webhook.js';

export { recoveryOutcomes as walkStatuses } from '../../../shared/contract/recovery-outcome.js';

/** One entry of a hook's delivery log (GitHub's list answer), newest first. */
export interface HookDeliveryEntry {
  /** GitHub's id of the log entry; later entries have larger ids. */
  id: number;
  /** The delivery id (`X-GitHub-Delivery`); a redelivery repeats it. */
  guid: string;
  deliveredAt: Date;
  event: string;
}

/** The request GitHub sent (or tried to send) for one log entry. */
export interface HookDeliveryRequest {
  event: string;
  /** The request body as JSON text. */
  payload: Uint8Array;
}

/** Why GitHub's delivery log could not be read; `retryAt` for rate limits. */
export type DeliveryLogFailure = Exclude<WalkStatus, 'ok'>;

export class DeliveryLogError extends Error {
  override name = 'DeliveryLogError';
  constructor(
    readonly reason: DeliveryLogFailure,
    message: string,
    readonly retryAt: Date | null = null,
  ) {
    super(message);
  }
}

/**
 * GitHub's delivery log of a repository webhook. Failures are DeliveryLogErrors: a refused token
 * `unauthorized`, a hook (or repository) gone `hook_missing`, a rate limit `rate_limited` with the
 * time it lifts, anything else `failed`.
 */
export interface HookDeliveryLog {
  /** The log a page at a time, newest first, following GitHub's cursor; stop iterating to stop paging. */
  pages(token: string, owner: string, name: string, hookId: number): AsyncIterable<HookDeliveryEntry[]>;
  request(
    token: string,
    owner: string,
    name: string,
    hookId: number,
    entryId: number,
  ): Promise<HookDeliveryRequest>;
}

/** A repository leased for a walk, with what the walk needs. */
export interface RecoveryTarget {
  repositoryId: string;
  projectId: string;
  owner: string;
  name: string;
  hookId: number | null;
  tokenEncrypted: Buffer;
  /** The newest log entry a complete walk saw: the next walk stops there. */
  newestSeenDeliveryId: number | null;
}

export type LeaseResult =
  | { kind: 'acquired'; target: RecoveryTarget }
  /** Another walker holds the lease. */
  | { kind: 'busy' }
  /** A walker finished a walk within the window the caller gave. */
  | { kind: 'recent' }
  /** GitHub's rate limit holds walks back until then. */
  | { kind: 'backoff'; until: Date }
  | { kind: 'missing' };

/** What a walk ends with, written when its lease is released. */
export interface WalkRecord {
  status: WalkStatus;
  error: string | null;
  checked: number;
  recovered: number;
  /** Set only by a complete walk (never by one cut short, which would skip what it did not reach). */
  newestSeenDeliveryId: number | null;
  /** No walk before this (rate limits). */
  notBefore: Date | null;
}

export interface DeliveryRecoveryStore extends RecoveryStateReader {
  /**
   * GitHub repositories with a webhook whose lease is free (or expired), whose backoff is over and
   * that no walker walked in the last `recentMs`, oldest walk first.
   */
  dueRepositoryIds(recentMs: number): Promise<string[]>;
  /**
   * Takes the repository's lease for `owner` for `leaseMs` (database clock), unless another walker
   * holds it, a rate limit holds walks back, or (when `recentMs` > 0) a walk ended less than
   * `recentMs` ago.
   */
  acquire(repositoryId: string, owner: string, leaseMs: number, recentMs: number): Promise<LeaseResult>;
  /** Extends a lease this owner holds; false when it no longer holds it. */
  renew(repositoryId: string, owner: string, leaseMs: number): Promise<boolean>;
  /** Which of these delivery ids are recorded (`webhook_deliveries`). */
  recordedDeliveryIds(deliveryIds: readonly string[]): Promise<Set<string>>;
  /**
   * Releases the lease and records the walk; a failed walk also appends the flow event
   * `webhook.recovery_failed` (correlation id `delivery-recovery:<repository id>`).
   */
  finish(repositoryId: string, owner: string, walk: WalkRecord): Promise<void>;
  /** Releases the lease of a walk stopped on shutdown, keeping what it recovered but recording no outcome. */
  release(repositoryId: string, owner: string, recovered: number): Promise<void>;
}

export interface RecoveryMetrics {
  recovered(repository: string, count: number): void;
  failed(repository: string, reason: DeliveryLogFailure): void;
}

export interface RecoveryLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

/** Everything the delivery recovery depends on. */
export interface DeliveryRecoveryPorts {
  directory: AccessDirectory;
  repositories: Pick<RepositoryStore, 'findInProject'>;
  recovery: DeliveryRecoveryStore;
  deliveryLog: HookDeliveryLog;
  cipher: TokenCipher;
  /** The ingest of signed deliveries (same idempotency, same trigger policy). */
  ingest: (delivery: IncomingDelivery) => Promise<IngestResult>;
  audit: AuditTrail;
  transactor: Transactor;
  metrics: RecoveryMetrics;
  log: RecoveryLog;
  /** CODEXK8S_DELIVERY_RECOVERY_LOOKBACK in milliseconds. */
  lookbackMs: number;
  /** How long a walker holds a repository before another may take it over (renewed per page). */
  leaseMs: number;
  now: () => Date;
}
