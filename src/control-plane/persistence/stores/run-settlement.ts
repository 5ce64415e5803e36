import { type MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { type RunStatus, runStatuses } from '../../../shared/contract/run-status.js';
import { isUuid } from '../../../shared/text/uuid.js';
import { type RunFacts, type RunTransition } from '../../domain/runs/ports.js';
import { reportingStateChange } from './github-report-store.js';
import { column } from './rows.js';
import { execute, queryOne } from './sql.js';
import { toOptionalDate } from './timestamps.js';

/** The payload fields a learning explanation needs (SPEC §4 run payload). */
const factColumns = `r.event_type, r.action, r.repository_full_name,
  r.run_payload#>>'{project,repository_id}' as repository_id`;

const factRow = z.object({
  id: column.text,
  status: column.oneOf(runStatuses),
  correlation_id: column.text,
  learning_mode: column.boolean,
  job_name: column.text.nullable(),
  started_at: column.timestampText.nullable(),
  slot_no: column.integer.nullable(),
  event_type: column.text,
  action: column.text,
  repository_full_name: column.text,
  repository_id: column.text.nullable(),
});

type FactRow = z.output<typeof factRow>;

/**
 * Final transition shared by the dispatcher and cancel: locks the run, checks it is in one of
 * `from`, sets the final status (and the run's GitHub report), frees its slot (or marks it `releasing` when asked), appends the flow
 * event and, for learning-mode runs, the `inline` learning feedback. Must run inside a transaction.
 */
export async function settleRun(
  orm: MikroORM,
  from: RunStatus[],
  transition: RunTransition,
  slotAfter: 'free' | 'releasing',
): Promise<{ previous: RunStatus; facts: FactRow } | null> {
  const row = await queryOne(
    orm,
    factRow,
    `select r.id, r.status, r.correlation_id, r.learning_mode, r.job_name, r.started_at, s.slot_no, ${factColumns}
     from agent_runs r left join slots s on s.run_id = r.id
     where r.id = ? for update of r`,
    [transition.runId],
  );
  if (!row || !from.includes(row.status)) return null;
  // The run's GitHub report (SPEC §13) changes in the same statement.
  await execute(
    orm,
    reportingStateChange(
      `update agent_runs set status = ?, finished_at = clock_timestamp(), updated_at = now() where id = ?`,
    ),
    [transition.to, row.id],
  );
  if (slotAfter === 'free') {
    await execute(
      orm,
      `update slots set state = 'free', lease_owner = null, lease_until = null, run_id = null, updated_at = now() where run_id = ?`,
      [row.id],
    );
  } else {
    await execute(
      orm,
      `update slots set state = 'releasing', updated_at = now() where run_id = ? and state = 'leased'`,
      [row.id],
    );
  }
  await execute(
    orm,
    // project_id: a staff transition (cancel) is an audit entry of the run's project (audit.list).
    `insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload, project_id)
     values (?, ?, ?, ?, ?::jsonb, (select project_id from agent_runs where id = ?))`,
    [
      row.correlation_id,
      transition.actor.type,
      transition.actor.id,
      transition.eventType,
      JSON.stringify(transition.payload),
      row.id,
    ],
  );
  if (row.learning_mode) {
    const facts: RunFacts = {
      runId: row.id,
      eventType: row.event_type,
      action: row.action,
      repositoryFullName: row.repository_full_name,
      jobName: row.job_name,
      slotNo: row.slot_no,
      startedAt: toOptionalDate(row.started_at),
    };
    const repositoryId = row.repository_id && isUuid(row.repository_id) ? row.repository_id : null;
    await execute(
      orm,
      `insert into learning_feedback (run_id, repository_id, kind, explanation)
       values (?, (select id from repositories where id = ?::uuid), 'inline', ?)`,
      [row.id, repositoryId, transition.explain(facts)],
    );
  }
  return { previous: row.status, facts: row };
}
