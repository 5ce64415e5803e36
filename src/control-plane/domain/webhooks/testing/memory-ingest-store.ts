import { randomUUID } from 'node:crypto';
import { type ProjectRole } from '../../../../shared/contract/project-role.js';
import {
  type BoundRepository,
  type DeliveryRecord,
  type IngestContext,
  type IngestContextQuery,
  type RecordedDelivery,
  type RetryRecord,
  type WebhookIngestStore,
} from '../ports.js';

export interface MemoryUser {
  login: string;
  /** Project id → membership. */
  memberships: Map<string, { role: ProjectRole; learningModeOverride: boolean | null }>;
}

export interface MemoryRun {
  id: string;
  correlationId: string;
  projectId: string | null;
  learningMode: boolean;
  payload: Record<string, unknown>;
  rerunOf?: string;
  /** Whether a rerun got a GitHub report row. */
  reported?: boolean;
}

/**
 * The ingest port in memory, honouring its contract: the context read answers what the tables
 * would, the write records each delivery id once (the first record's decision wins) and starts a
 * run only for a delivery it records.
 */
export class MemoryIngestStore implements WebhookIngestStore {
  repositories: BoundRepository[] = [];
  /** Oldest first, as the store orders users. */
  users: MemoryUser[] = [];
  deliveries = new Map<string, RecordedDelivery & { record: DeliveryRecord }>();
  runs = new Map<string, MemoryRun>();
  reads: IngestContextQuery[] = [];
  writes: DeliveryRecord[][] = [];
  failWhen: (record: DeliveryRecord) => boolean = () => false;
  /** Run ids that are still pending or running (`/codex retry` ignores them). */
  unfinished = new Set<string>();

  bind(externalId: number, projectId: string, settings: unknown = {}): BoundRepository {
    const repository = {
      externalId,
      repositoryId: randomUUID(),
      projectId,
      servicesYamlPath: 'services.yaml',
      projectSettings: settings,
    };
    this.repositories.push(repository);
    return repository;
  }

  addMember(
    login: string,
    projectId: string,
    role: ProjectRole,
    learningModeOverride: boolean | null = null,
  ): void {
    const user = { login, memberships: new Map([[projectId, { role, learningModeOverride }]]) };
    this.users.push(user);
  }

  async readIngestContext(query: IngestContextQuery): Promise<IngestContext> {
    this.reads.push(query);
    const repositories = this.repositories.filter((repository) =>
      query.repositoryExternalIds.includes(repository.externalId),
    );
    const projects = new Set(repositories.map((repository) => repository.projectId));
    const memberships = this.users.flatMap((user) =>
      query.senderLogins.includes(user.login.toLowerCase())
        ? [...user.memberships]
            .filter(([projectId]) => projects.has(projectId))
            .map(([projectId, membership]) => ({
              login: user.login.toLowerCase(),
              projectId,
              role: membership.role,
              learningModeOverride: membership.learningModeOverride,
            }))
        : [],
    );
    return { repositories, memberships };
  }

  async recordDeliveries(records: readonly DeliveryRecord[]): Promise<RecordedDelivery[]> {
    this.writes.push([...records]);
    if (records.some(this.failWhen)) throw new Error('refused by the database');
    return records.map((record) => {
      const existing = this.deliveries.get(record.deliveryId);
      if (existing) return { ...this.outcomeOf(existing), inserted: false };
      if (!record.carries) throw new Error('a duplicate arrived before the record that carries it');
      const { decision } = record;
      if (decision.outcome === 'retry') throw new Error('a retry reached the batch write');
      let runId: string | null = null;
      if (decision.outcome === 'run') {
        runId = randomUUID();
        this.runs.set(record.correlationId, {
          id: runId,
          correlationId: record.correlationId,
          projectId: record.projectId,
          learningMode: decision.learningMode,
          payload: { ...decision.runPayload, raw_payload: JSON.parse(decision.rawJson) as unknown },
        });
      }
      const recorded: RecordedDelivery = {
        inserted: true,
        outcome: decision.outcome,
        reason: decision.outcome === 'ignored' ? decision.reason : null,
        runId,
      };
      this.deliveries.set(record.deliveryId, { ...recorded, record });
      return recorded;
    });
  }

  /** `/codex retry`: reruns the newest stored run of the same repository and number, if any. */
  async recordRetry(
    record: RetryRecord,
    reportable: (payload: unknown) => boolean,
  ): Promise<RecordedDelivery> {
    this.writes.push([record]);
    const existing = this.deliveries.get(record.deliveryId);
    if (existing) return { ...this.outcomeOf(existing), inserted: false };
    const latest = [...this.runs.values()]
      .filter((run) => {
        const payload = run.payload as { repository?: { full_name?: string }; subject?: { number?: number } };
        return (
          payload.repository?.full_name === record.decision.repositoryFullName &&
          payload.subject?.number === record.decision.number
        );
      })
      .at(-1);
    let recorded: RecordedDelivery;
    if (!latest || this.unfinished.has(latest.id)) {
      recorded = { inserted: true, outcome: 'ignored', reason: 'nothing_to_retry', runId: null };
    } else {
      const n = [...this.runs.values()].filter((run) => run.rerunOf === latest.id).length + 1;
      const rerun: MemoryRun = {
        ...latest,
        id: randomUUID(),
        correlationId: `${latest.correlationId}:rerun:${n}`,
        rerunOf: latest.id,
        reported: reportable(latest.payload),
      };
      this.runs.set(rerun.correlationId, rerun);
      recorded = { inserted: true, outcome: 'run', reason: null, runId: rerun.id };
    }
    this.deliveries.set(record.deliveryId, { ...recorded, record });
    return recorded;
  }

  private outcomeOf(stored: RecordedDelivery): RecordedDelivery {
    return { inserted: stored.inserted, outcome: stored.outcome, reason: stored.reason, runId: stored.runId };
  }
}
