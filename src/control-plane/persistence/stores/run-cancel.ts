import { type MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { runStatuses } from '../../../shared/contract/run-status.js';
import { type CancelOutcome, type RunFacts } from '../../domain/runs/ports.js';
import { runEventTypes } from '../../domain/runs/run-lifecycle.js';
import { settleRun } from './run-settlement.js';
import { inTransaction } from './transactor.js';
import { column } from './rows.js';
import { queryOne } from './sql.js';

/** RunStore.cancel over `agent_runs`, `slots` and `flow_events`, in its own transaction. */
export function cancelRun(
  orm: MikroORM,
  runId: string,
  actorUserId: string,
  explain: (facts: RunFacts) => string,
): Promise<CancelOutcome> {
  return inTransaction(orm, async () => {
    const current = await queryOne(
      orm,
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
      orm,
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
