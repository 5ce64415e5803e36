import { type MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { type GitHubReportState } from '../../../shared/contract/github-report.js';
import { runStatuses } from '../../../shared/contract/run-status.js';
import {
  type RerunActor,
  type RerunOutcome,
  type RunLinks,
  type RunRerunStore,
} from '../../domain/runs/ports.js';
import { githubReportOutcomes } from '../entities/github-report.js';
import { column } from './rows.js';
import { execute, query, queryOne } from './sql.js';
import { inTransaction } from './transactor.js';

/** The flow event type of a rerun, on the run and on its rerun (SPEC §13). */
export const rerunEventType = 'run.rerun';

const noReport = { state: 'none', sentState: null, lastError: null } as const;

const finishedStatuses = new Set(['succeeded', 'failed', 'canceled']);

/**
 * Inserts the rerun of a locked, finished run inside the caller's transaction (runs.rerun and
 * `/codex retry` share it): the copy, its report row when reportable, `run.rerun` on both runs.
 */
export async function insertRerun(
  orm: MikroORM,
  original: { id: string; correlationId: string; payload: unknown },
  actor: RerunActor,
  reportable: boolean,
  extraPayload: Record<string, unknown> = {},
): Promise<{ runId: string; correlationId: string }> {
  // The original is locked, so counting its reruns gives each a distinct n.
  const count = await queryOne(
    orm,
    z.object({ n: column.integer }),
    'select count(*)::int as n from agent_runs where rerun_of = ?',
    [original.id],
  );
  const correlationId = `${original.correlationId}:rerun:${(count?.n ?? 0) + 1}`;
  const inserted = await queryOne(
    orm,
    z.object({ id: column.text }),
    `insert into agent_runs (correlation_id, project_id, learning_mode, run_payload, rerun_of)
     select ?, project_id, learning_mode, run_payload, id from agent_runs where id = ?
     returning id`,
    [correlationId, original.id],
  );
  if (!inserted) throw new Error(`run ${original.id} vanished while locked`);
  if (reportable)
    await execute(orm, `insert into github_reports (run_id, state) values (?, 'pending')`, [inserted.id]);
  const events = [
    [original.correlationId, { run_id: original.id, rerun_id: inserted.id, ...extraPayload }],
    [correlationId, { run_id: inserted.id, rerun_of: original.id, ...extraPayload }],
  ] as const;
  for (const [eventCorrelationId, payload] of events) {
    await execute(
      orm,
      // With the run's project, so the project's audit trail (audit.list) shows who reran it.
      `insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload, project_id)
       select ?, ?, ?, ?, ?::jsonb, project_id from agent_runs where id = ?`,
      [eventCorrelationId, actor.type, actor.id, rerunEventType, JSON.stringify(payload), original.id],
    );
  }
  return { runId: inserted.id, correlationId };
}

/** Locks a run for a rerun; null when it does not exist. */
export async function lockRunForRerun(
  orm: MikroORM,
  runId: string,
): Promise<{
  id: string;
  correlationId: string;
  status: (typeof runStatuses)[number];
  payload: unknown;
} | null> {
  const row = await queryOne(
    orm,
    z.object({
      id: column.text,
      correlation_id: column.text,
      status: column.oneOf(runStatuses),
      run_payload: column.json,
    }),
    'select id, correlation_id, status, run_payload from agent_runs where id = ? for update',
    [runId],
  );
  return row
    ? { id: row.id, correlationId: row.correlation_id, status: row.status, payload: row.run_payload }
    : null;
}

export function isFinished(status: string): boolean {
  return finishedStatuses.has(status);
}

export class SqlRunRerunStore implements RunRerunStore {
  constructor(private readonly orm: MikroORM) {}

  rerun(runId: string, actor: RerunActor, reportable: (payload: unknown) => boolean): Promise<RerunOutcome> {
    return inTransaction(this.orm, async () => {
      const original = await lockRunForRerun(this.orm, runId);
      if (!original) return { kind: 'not_found' };
      if (!isFinished(original.status)) return { kind: 'not_finished', status: original.status };
      const rerun = await insertRerun(this.orm, original, actor, reportable(original.payload));
      return { kind: 'rerun', runId: rerun.runId, correlationId: rerun.correlationId, rerunOf: original.id };
    });
  }

  async links(runId: string): Promise<RunLinks> {
    const [row] = await query(
      this.orm,
      z.object({
        rerun_of: column.text.nullable(),
        rerun_ids: z.array(column.text),
        version: column.integer.nullable(),
        handled_version: column.integer.nullable(),
        outcome: column.oneOf(githubReportOutcomes).nullable(),
        sent_state: column.oneOf(runStatuses).nullable(),
        last_error: column.text.nullable(),
      }),
      `select r.rerun_of::text as rerun_of,
              array(select c.id::text from agent_runs c where c.rerun_of = r.id order by c.created_at, c.id) as rerun_ids,
              g.version, g.handled_version, g.outcome, g.sent_state, g.last_error
         from agent_runs r left join github_reports g on g.run_id = r.id
        where r.id = ?`,
      [runId],
    );
    if (!row) return { rerunOf: null, rerunIds: [], report: noReport };
    const links = { rerunOf: row.rerun_of, rerunIds: row.rerun_ids };
    if (row.version === null || row.handled_version === null) return { ...links, report: noReport };
    const state: GitHubReportState =
      row.version > row.handled_version ? 'pending' : row.outcome === 'failed' ? 'failed' : 'sent';
    return {
      ...links,
      report: { state, sentState: row.sent_state, lastError: state === 'sent' ? null : row.last_error },
    };
  }
}
