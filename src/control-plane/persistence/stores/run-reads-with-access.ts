import { type MikroORM } from '@mikro-orm/postgresql';
import { staffActorEmail } from './actor-email.js';
import { z } from 'zod';
import { projectRoles } from '../../../shared/contract/project-role.js';
import { type FlowEventRecord, type RunAccess, type RunSummary } from '../../domain/runs/ports.js';
import { type Page, type PageRequest } from '../../domain/staff-call/pagination.js';
import { actorTypes } from '../entities/flow-event.js';
import { actorColumns, actorFromRow, actorShape } from './caller-reads.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { checkedByFirstRow, checkedRow, column } from './rows.js';
import { runSummaryColumns, runSummaryRow, toSummary, withProject } from './run-summary-row.js';
import { rawRows, sqlCount } from './sql.js';
import { toDate } from './timestamps.js';
import { isUuid } from '../../../shared/text/uuid.js';

/**
 * runs.get and runs.events read the run with what deciding on the caller needs, in one round trip
 * (docs/decisions.md, issue 5): the caller as stored, the run's project and the caller's role
 * there. Raw SQL, prepared; the policy decides in the domain.
 */

/** What a read for a caller that names no user returns: the policy refuses it. */
const noAccessRead = { actor: null, run: null, memberRole: null } as const;

/**
 * The caller and the caller's membership role in the run's project, on every row of these reads
 * (checked on the first); the rest of a row is the run's or an event's, null when there is none.
 */
const accessRow = actorShape.extend({ member_role: column.oneOf(projectRoles).nullable() });

export async function readRunWithAccess(
  orm: MikroORM,
  runId: string,
  actorUserId: string,
): Promise<RunAccess<RunSummary>> {
  if (!isUuid(actorUserId)) return noAccessRead;
  const sql = `select ${actorColumns('a')}, m.role as member_role, run.*
       from users a
       left join lateral (select ${runSummaryColumns} from agent_runs r ${withProject} where r.id = ?) run on true
       left join project_members m on m.project_id = run.project_id and m.user_id = a.id
       where a.id = ?`;
  const [row] = await rawRows(orm, sql, [runId, actorUserId], { prepared: true });
  if (!row) return noAccessRead;
  const access = checkedRow(accessRow, row, sql);
  return {
    actor: actorFromRow(access),
    // A run id means the lateral join found the run.
    run: row.id === null ? null : toSummary(checkedRow(runSummaryRow, row, sql)),
    memberRole: access.member_role,
  };
}

const runAccessRow = accessRow.extend({
  run_id: column.text.nullable(),
  run_project_id: column.text.nullable(),
});

/** A flow event's columns, prefixed: flow_events has an actor_id too. */
const flowEventRow = z.object({
  event_id: column.bigintText,
  event_correlation_id: column.text,
  event_actor_type: column.oneOf(actorTypes),
  event_actor_id: column.text,
  event_type: column.text,
  event_payload: column.json,
  event_created_at: column.timestampText,
  event_actor_email: column.text.nullable(),
});

export async function readRunEventsWithAccess(
  orm: MikroORM,
  runId: string,
  actorUserId: string,
  page: PageRequest,
): Promise<{ access: RunAccess<{ projectId: string | null }>; page: Page<FlowEventRecord> }> {
  const after = decodeCursor('run-events', page.cursor, ['number'])?.[0] ?? 0;
  if (!isUuid(actorUserId)) return { access: noAccessRead, page: { items: [], nextCursor: '' } };
  // One row per event (at least one: the caller's), each with the caller, the run's project and
  // the caller's role there.
  const sql = `select ${actorColumns('a')}, m.role as member_role, run.id as run_id, run.project_id as run_project_id, e.*
       from users a
       left join agent_runs run on run.id = ?
       left join project_members m on m.project_id = run.project_id and m.user_id = a.id
       left join lateral (
         select e.id as event_id, e.correlation_id as event_correlation_id, e.actor_type as event_actor_type,
           e.actor_id as event_actor_id, e.event_type as event_type, e.payload as event_payload,
           e.created_at as event_created_at, ${staffActorEmail('e')} as event_actor_email
         from flow_events e where e.correlation_id = run.correlation_id and e.id > ?
         order by e.id limit ${sqlCount(page.limit + 1)}
       ) e on true
       where a.id = ?
       order by e.event_id`;
  const rows = await rawRows(orm, sql, [runId, after, actorUserId], { prepared: true });
  if (rows[0] === undefined) return { access: noAccessRead, page: { items: [], nextCursor: '' } };
  const first = checkedRow(runAccessRow, rows[0], sql);
  const access = {
    actor: actorFromRow(first),
    run: first.run_id === null ? null : { projectId: first.run_project_id },
    memberRole: first.member_role,
  };
  // The left join's row without an event, when there is none to show.
  const events = checkedByFirstRow(
    flowEventRow,
    rows.filter((row) => row.event_id !== null),
    sql,
  );
  return {
    access,
    page: toPage(
      events,
      page.limit,
      (row) => ({
        id: Number(row.event_id),
        correlationId: row.event_correlation_id,
        actorType: row.event_actor_type,
        actorId: row.event_actor_id,
        actorEmail: row.event_actor_email,
        eventType: row.event_type,
        payload: row.event_payload,
        createdAt: toDate(row.event_created_at),
      }),
      (row) => encodeCursor('run-events', [Number(row.event_id)]),
    ),
  };
}
