import { type MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { type RunStatus, runStatuses } from '../../../shared/contract/run-status.js';
import {
  type ClaimedReport,
  type GitHubReportStore,
  type HandledReport,
  type LeasedReport,
} from '../../domain/github-reports/ports.js';
import { column } from './rows.js';
import { execute, query, queryOne } from './sql.js';
import { inTransaction } from './transactor.js';

/**
 * The outbox's side of a run state change (SPEC §13), wrapped around the statement that changes the
 * run (an `update agent_runs … where …` without RETURNING): one statement, so the report is written
 * in the same transaction as the change, and only for runs that have a report row (those the ingest
 * or a rerun found reportable). The latest state replaces the row's state; `version` counts changes.
 */
export function reportingStateChange(updateRunSql: string): string {
  return `with changed as (${updateRunSql} returning id, status)
update github_reports g
   set state = changed.status, version = g.version + 1,
       pending_since = coalesce(g.pending_since, now()), updated_at = now()
  from changed where g.run_id = changed.id`;
}

/** The actor of the sender's flow events. */
export const reportSenderActorId = 'github-reporter';

const claimSql = `
with due as (
  select run_id from github_reports
   where version > handled_version and next_attempt_at <= now()
     and (lease_until is null or lease_until < now())
   order by next_attempt_at, run_id
   limit ? for update skip locked
),
leased as (
  update github_reports g
     set lease_owner = ?, lease_until = now() + make_interval(secs => ?), updated_at = now()
    from due where g.run_id = due.run_id
  returning g.run_id, g.version, g.state, g.attempts, g.comment_id
)
select l.run_id, l.version, l.state, l.attempts, l.comment_id::text as comment_id, r.correlation_id,
       p.slug as project_slug, r.started_at, r.finished_at,
       jsonb_build_object('repository', r.run_payload -> 'repository', 'project', r.run_payload -> 'project',
                          'subject', r.run_payload -> 'subject') as payload,
       repo.token_encrypted
  from leased l
  join agent_runs r on r.id = l.run_id
  left join projects p on p.id = r.project_id
  left join repositories repo
    on repo.id = case when r.run_payload #>> '{project,repository_id}' ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                      then (r.run_payload #>> '{project,repository_id}')::uuid end
 order by l.run_id`;

const claimedRow = z.object({
  run_id: column.text,
  version: column.integer,
  state: column.oneOf(runStatuses),
  attempts: column.integer,
  comment_id: column.bigint.nullable(),
  correlation_id: column.text,
  project_slug: column.text.nullable(),
  started_at: column.timestamp.nullable(),
  finished_at: column.timestamp.nullable(),
  payload: column.json,
  token_encrypted: z.instanceof(Buffer).nullable(),
});

/** Records a handled version (sent or given up) and its flow event, if this sender still holds the lease. */
const handledSql = `
with done as (
  update github_reports
     set handled_version = greatest(handled_version, ?), outcome = ?, sent_state = coalesce(?, sent_state),
         attempts = 0, comment_id = ?, last_error = ?, lease_owner = null, lease_until = null,
         pending_since = case when version > ? then now() end, updated_at = now()
   where run_id = ? and lease_owner = ?
  returning run_id
)
insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload)
select r.correlation_id, 'system', '${reportSenderActorId}', ?, ?::jsonb
  from done join agent_runs r on r.id = done.run_id`;

/** The outbox in SQL: leases with SKIP LOCKED, no lock held while GitHub is called. */
export class SqlGitHubReportStore implements GitHubReportStore {
  constructor(private readonly orm: MikroORM) {}

  async claimDue(input: { owner: string; limit: number; leaseMs: number }): Promise<ClaimedReport[]> {
    const rows = await inTransaction(this.orm, () =>
      query(this.orm, claimedRow, claimSql, [input.limit, input.owner, input.leaseMs / 1000]),
    );
    return rows.map((row) => ({
      runId: row.run_id,
      correlationId: row.correlation_id,
      version: row.version,
      state: row.state,
      attempts: row.attempts,
      commentId: row.comment_id,
      projectSlug: row.project_slug,
      payload: row.payload,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      tokenEncrypted: row.token_encrypted,
    }));
  }

  async markSent(input: HandledReport & { state: RunStatus }): Promise<void> {
    await this.handled(input, 'sent', input.state, null);
  }

  async markFailed(input: HandledReport & { error: string }): Promise<void> {
    await this.handled(input, 'failed', null, input.error);
  }

  async releaseLeases(owner: string): Promise<void> {
    await inTransaction(this.orm, () =>
      execute(
        this.orm,
        `update github_reports set lease_owner = null, lease_until = null, updated_at = now() where lease_owner = ?`,
        [owner],
      ),
    );
  }

  async retryLater(input: LeasedReport & { delayMs: number; error: string }): Promise<void> {
    await inTransaction(this.orm, () =>
      execute(
        this.orm,
        `update github_reports
            set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ?), last_error = ?,
                comment_id = ?, lease_owner = null, lease_until = null, updated_at = now()
          where run_id = ? and lease_owner = ?`,
        [input.delayMs / 1000, input.error.slice(0, 500), input.commentId, input.runId, input.owner],
      ),
    );
  }

  /** Reports not yet delivered, and how long the oldest has waited (metrics). */
  async pendingSummary(): Promise<{ pending: number; oldestAgeSeconds: number }> {
    const row = await inTransaction(this.orm, () =>
      queryOne(
        this.orm,
        z.object({ pending: column.integer, oldest: z.number().nullable() }),
        `select count(*)::int as pending,
                extract(epoch from now() - min(coalesce(pending_since, updated_at)))::float8 as oldest
           from github_reports where version > handled_version`,
      ),
    );
    return { pending: row?.pending ?? 0, oldestAgeSeconds: Math.max(0, row?.oldest ?? 0) };
  }

  private async handled(
    input: HandledReport,
    outcome: 'sent' | 'failed',
    sentState: string | null,
    error: string | null,
  ): Promise<void> {
    await inTransaction(this.orm, () =>
      execute(this.orm, handledSql, [
        input.version,
        outcome,
        sentState,
        input.commentId,
        error?.slice(0, 500) ?? null,
        input.version,
        input.runId,
        input.owner,
        input.event.eventType,
        JSON.stringify(input.event.payload),
      ]),
    );
  }
}
