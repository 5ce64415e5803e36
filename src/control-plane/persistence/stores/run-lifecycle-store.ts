import { type MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { runStatuses } from '../../domain/runs/ports.js';
import { runEventTypes } from '../../domain/runs-lifecycle/events.js';
import {
  type CancelOutcome,
  type FlowEventSource,
  type FlowEventView,
  type RunFacts,
  type RunLifecycleStore,
  type RunStatus,
  type RunView,
} from '../../domain/runs-lifecycle/ports.js';
import { AgentRunEntity } from '../entities/agent-run.js';
import { actorTypes } from '../entities/flow-event.js';
import { inTransaction, settleRun } from './dispatcher-store.js';
import { currentEntityManager } from './entity-manager.js';
import { column } from './rows.js';
import { SqlRunStore } from './run-store.js';
import { query, queryOne } from './sql.js';

/** A row of the run event feed's poll (eventsAfter). */
const feedEventRow = z.object({
  id: column.bigint,
  correlation_id: column.text,
  actor_type: column.oneOf(actorTypes),
  actor_id: column.text,
  event_type: column.text,
  payload: z.record(z.string(), z.unknown()).nullable(),
  created_at: column.timestamp,
});

/** Cancel and watch over `agent_runs`, `slots` and `flow_events`. */
export class SqlRunLifecycleStore implements RunLifecycleStore, FlowEventSource {
  private readonly runs: SqlRunStore;

  constructor(private readonly orm: MikroORM) {
    this.runs = new SqlRunStore(orm);
  }

  async findRun(
    runId: string,
  ): Promise<{ id: string; correlationId: string; projectId: string | null; status: RunStatus } | null> {
    const run = await currentEntityManager(this.orm).findOne(AgentRunEntity, { id: runId });
    return run
      ? { id: run.id, correlationId: run.correlationId, projectId: run.projectId, status: run.status }
      : null;
  }

  async cancelRun(
    runId: string,
    actorUserId: string,
    explain: (facts: RunFacts) => string,
  ): Promise<CancelOutcome> {
    return inTransaction(this.orm, async () => {
      const current = await queryOne(
        this.orm,
        z.object({
          status: column.oneOf(runStatuses),
          project_id: column.text.nullable(),
          job_name: column.text.nullable(),
          correlation_id: column.text,
        }),
        'select status, project_id, job_name, correlation_id from agent_runs where id = ? for update',
        [runId],
      );
      if (!current) return { kind: 'not_found' };
      if (current.status !== 'pending' && current.status !== 'running')
        return { kind: 'not_cancelable', status: current.status };
      // The slot stays held (`releasing`) until its dispatcher has stopped the Job/process, so the
      // project never runs more than its slots while a canceled run is still winding down.
      const settled = await settleRun(
        this.orm,
        ['pending', 'running'],
        {
          runId,
          to: 'canceled',
          eventType: runEventTypes.canceled,
          payload: { run_id: runId, previous_status: current.status, job_name: current.job_name },
          actor: { type: 'staff', id: actorUserId },
          explain,
        },
        'releasing',
      );
      if (!settled) return { kind: 'not_cancelable', status: current.status };
      const previousStatus = current.status;
      const target =
        previousStatus === 'running' && current.job_name && current.project_id
          ? {
              runId,
              correlationId: current.correlation_id,
              projectId: current.project_id,
              jobName: current.job_name,
            }
          : null;
      return { kind: 'canceled', previousStatus, target };
    });
  }

  getRunView(runId: string): Promise<RunView | null> {
    return inTransaction(this.orm, () => this.runs.findById(runId));
  }

  async eventsAfter(
    correlationIds: string[],
    afterId: number,
    limit: number,
    upToId?: number,
  ): Promise<FlowEventView[]> {
    if (correlationIds.length === 0) return [];
    const rows = await inTransaction(this.orm, () =>
      query(
        this.orm,
        feedEventRow,
        `select id, correlation_id, actor_type, actor_id, event_type, payload, created_at from flow_events
         where correlation_id = any(?::text[]) and id > ?${upToId !== undefined ? ' and id <= ?' : ''}
         order by id limit ?`,
        [
          toTextArrayLiteral(correlationIds),
          afterId,
          ...(upToId !== undefined ? [upToId] : []),
          Math.min(limit, 10_000),
        ],
      ),
    );
    return rows.map((row) => ({
      id: row.id,
      correlationId: row.correlation_id,
      actorType: row.actor_type,
      actorId: row.actor_id,
      eventType: row.event_type,
      payload: row.payload ?? {},
      createdAt: row.created_at,
    }));
  }
}

/** PostgreSQL text[] literal; correlation ids are free text (delivery ids), so every element is quoted. */
function toTextArrayLiteral(values: string[]): string {
  return `{${values.map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}
