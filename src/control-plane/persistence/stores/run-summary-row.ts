import { z } from 'zod';
import { runStatuses } from '../../../shared/contract/run-status.js';
import { type RunSummary } from '../../domain/runs/ports.js';
import { runContextOf } from '../../domain/runs/run-context.js';
import { encodeCursor } from './cursor.js';
import { column } from './rows.js';
import { toDate, toOptionalDate } from './timestamps.js';

/**
 * A run as every raw run read selects it (runSummaryColumns): its summary and its project's slug
 * and name. Timestamps stay PostgreSQL's text (`2026-11-27 10:55:08.162345+00`) until toSummary:
 * the keyset cursor needs the microseconds of `created_at`.
 */
export const runSummaryShape = {
  id: column.text,
  correlation_id: column.text,
  project_id: column.text.nullable(),
  project_slug: column.text.nullable(),
  project_name: column.text.nullable(),
  status: column.oneOf(runStatuses),
  learning_mode: column.boolean,
  event_type: column.text,
  action: column.text,
  repository_full_name: column.text,
  sender_login: column.text,
  job_name: column.text.nullable(),
  created_at: column.timestampText,
  updated_at: column.timestampText,
  started_at: column.timestampText.nullable(),
  finished_at: column.timestampText.nullable(),
  trigger_kind: column.text,
  trigger_value: column.text,
  run_context: column.json,
};

export const runSummaryRow = z.object(runSummaryShape);

export type RunSummaryRow = z.output<typeof runSummaryRow>;

/** The summary fields are generated columns of the payload SPEC §4 describes (no detoasting per row). */
export const runColumns = (
  r: string,
) => `${r}.id, ${r}.correlation_id, ${r}.project_id, ${r}.status, ${r}.learning_mode,
  ${r}.event_type, ${r}.action, ${r}.repository_full_name, ${r}.sender_login,
  ${r}.job_name, ${r}.created_at, ${r}.updated_at, ${r}.started_at, ${r}.finished_at,
  ${r}.trigger_kind, ${r}.trigger_value, ${r}.run_context`;

/** The project's slug and name of a run row aliased `r`. */
export const projectNames = 'p.slug as project_slug, p.name as project_name';

/** What every run list and lookup selects: the run's summary and its project's slug and name. */
export const runSummaryColumns = `${runColumns('r')}, ${projectNames}`;
export const withProject = 'left join projects p on p.id = r.project_id';

export function toSummary(row: RunSummaryRow): RunSummary {
  return {
    id: row.id,
    correlationId: row.correlation_id,
    projectId: row.project_id,
    projectSlug: row.project_slug,
    projectName: row.project_name,
    status: row.status,
    learningMode: row.learning_mode,
    eventType: row.event_type,
    action: row.action,
    repositoryFullName: row.repository_full_name,
    senderLogin: row.sender_login,
    jobName: row.job_name,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
    startedAt: toOptionalDate(row.started_at),
    finishedAt: toOptionalDate(row.finished_at),
    context: runContextOf({
      triggerKind: row.trigger_kind,
      triggerValue: row.trigger_value,
      context: row.run_context,
    }),
  };
}

/** The keyset cursor after a run row (see afterCursor in run-list-statements.ts). */
export const runCursor = (row: RunSummaryRow) => encodeCursor('runs', [row.created_at, row.id]);
