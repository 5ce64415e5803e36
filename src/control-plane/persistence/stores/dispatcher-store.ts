import { type MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { type RunStatus, runStatuses } from '../../../shared/contract/run-status.js';
import { jobNameFor, runEventTypes } from '../../domain/runs/run-lifecycle.js';
import {
  type ClaimedRun,
  type DerivedProject,
  type DispatcherStore,
  type OwnedSlot,
  type RunTransition,
  type SlotState,
} from '../../domain/runs/ports.js';
import { slotStates } from '../entities/slot.js';
import { column } from './rows.js';
import { reportingStateChange } from './github-report-store.js';
import { settleRun } from './run-settlement.js';
import { inTransaction } from './transactor.js';
import { execute, query, queryOne, uuidArrayLiteral } from './sql.js';

/** `now() + ttl`, computed by the database so replicas with skewed clocks agree on expiry. */
const leaseUntil = `now() + make_interval(secs => ?)`;

const runStatus = column.oneOf(runStatuses);
const slotState = column.oneOf(slotStates);

/** The dispatcher's SQL: short transactions, row locks with SKIP LOCKED, times from the database clock. */
export class SqlDispatcherStore implements DispatcherStore {
  constructor(private readonly orm: MikroORM) {}

  async renewLeases(owner: string, ttlMs: number): Promise<void> {
    await inTransaction(this.orm, () =>
      execute(
        this.orm,
        `update slots set lease_until = ${leaseUntil}, updated_at = now() where lease_owner = ? and state <> 'free'`,
        [ttlMs / 1000, owner],
      ),
    );
  }

  async expireLeases(owner: string): Promise<void> {
    await inTransaction(this.orm, () =>
      execute(
        this.orm,
        `update slots set lease_until = now(), updated_at = now() where lease_owner = ? and state <> 'free'`,
        [owner],
      ),
    );
  }

  async recoverExpiredLeases(owner: string, ttlMs: number): Promise<{ adopted: number; freed: number }> {
    return inTransaction(this.orm, async () => {
      const expired = await query(
        this.orm,
        z.object({ id: column.text, state: slotState, run_running: column.boolean }),
        `select s.id, s.state, coalesce(r.status = 'running', false) as run_running
         from slots s left join agent_runs r on r.id = s.run_id
         where s.state <> 'free' and s.lease_until < now()
         order by s.id
         for update of s skip locked`,
      );
      // A running run keeps its slot under the new owner, which reconciles it through its launcher.
      const adopt = expired
        .filter((slot) => slot.run_running && slot.state === 'leased')
        .map((slot) => slot.id);
      const free = expired.filter((slot) => !adopt.includes(slot.id)).map((slot) => slot.id);
      if (adopt.length > 0) {
        await execute(
          this.orm,
          `update slots set lease_owner = ?, lease_until = ${leaseUntil}, updated_at = now() where id = any(?::uuid[])`,
          [owner, ttlMs / 1000, uuidArrayLiteral(adopt)],
        );
      }
      if (free.length > 0) {
        await execute(
          this.orm,
          `update slots set state = 'free', lease_owner = null, lease_until = null, run_id = null, updated_at = now() where id = any(?::uuid[])`,
          [uuidArrayLiteral(free)],
        );
      }
      return { adopted: adopt.length, freed: free.length };
    });
  }

  async listOwnedSlots(owner: string): Promise<OwnedSlot[]> {
    const rows = await inTransaction(this.orm, () =>
      query(
        this.orm,
        z.object({
          slot_id: column.text,
          slot_no: column.integer,
          state: slotState,
          project_id: column.text,
          run_id: column.text.nullable(),
          correlation_id: column.text.nullable(),
          status: runStatus.nullable(),
          job_name: column.text.nullable(),
        }),
        `select s.id as slot_id, s.slot_no, s.state, s.project_id, r.id as run_id, r.correlation_id, r.status, r.job_name
         from slots s left join agent_runs r on r.id = s.run_id
         where s.lease_owner = ? and s.state <> 'free'
         order by s.project_id, s.slot_no`,
        [owner],
      ),
    );
    return rows.map((row) => ({
      slotId: row.slot_id,
      slotNo: row.slot_no,
      state: row.state,
      projectId: row.project_id,
      run:
        row.run_id && row.correlation_id && row.status
          ? { id: row.run_id, correlationId: row.correlation_id, status: row.status, jobName: row.job_name }
          : null,
    }));
  }

  async freeSlot(slotId: string, owner: string): Promise<void> {
    await inTransaction(this.orm, () =>
      execute(
        this.orm,
        `update slots set state = 'free', lease_owner = null, lease_until = null, run_id = null, updated_at = now()
         where id = ? and lease_owner = ?`,
        [slotId, owner],
      ),
    );
  }

  async assignDerivedProjects(
    limit: number,
    derive: (repositoryFullName: string) => DerivedProject,
    learningModeDefault: boolean,
  ): Promise<string[]> {
    return inTransaction(this.orm, async () => {
      const runs = await query(
        this.orm,
        z.object({ id: column.text, full_name: column.text.nullable() }),
        `select id, run_payload#>>'{repository,full_name}' as full_name from agent_runs
         where status = 'pending' and project_id is null
         order by created_at, id limit ? for update skip locked`,
        [limit],
      );
      const unbindable = runs.filter((run) => !run.full_name?.trim()).map((run) => run.id);
      const bound = runs
        .filter((run) => run.full_name?.trim())
        .map((run) => ({ runId: run.id, project: derive(run.full_name ?? '') }));
      // Projects are created in id order, so two replicas deriving the same ones cannot deadlock.
      const projects = [...new Map(bound.map(({ project }) => [project.id, project])).values()].sort((a, b) =>
        a.id.localeCompare(b.id),
      );
      const settings = JSON.stringify({ learning_mode_default: learningModeDefault });
      for (const project of projects) {
        await execute(
          this.orm,
          `insert into projects (id, slug, name, settings) values (?, ?, ?, ?::jsonb) on conflict do nothing`,
          [project.id, project.slug, project.name, settings],
        );
        const exists = await queryOne(this.orm, z.object({}), `select 1 from projects where id = ?`, [
          project.id,
        ]);
        if (!exists) {
          // The slug is taken by an unrelated project: keep the derived id, disambiguate the slug with it.
          await execute(
            this.orm,
            `insert into projects (id, slug, name, settings) values (?, ?, ?, ?::jsonb) on conflict (id) do nothing`,
            [project.id, `${project.slug.slice(0, 90)}-${project.id.slice(0, 8)}`, project.name, settings],
          );
        }
      }
      for (const { runId, project } of bound) {
        await execute(this.orm, `update agent_runs set project_id = ?, updated_at = now() where id = ?`, [
          project.id,
          runId,
        ]);
      }
      return unbindable;
    });
  }

  async ensureSlots(slotsPerProject: number): Promise<void> {
    await inTransaction(this.orm, () =>
      execute(
        this.orm,
        `insert into slots (project_id, slot_no)
         select p.project_id, g.slot_no
         from (select distinct project_id from agent_runs where status = 'pending' and project_id is not null) p
         cross join generate_series(0, ? - 1) as g(slot_no)
         where not exists (select 1 from slots s where s.project_id = p.project_id and s.slot_no = g.slot_no)
         order by 1, 2
         on conflict do nothing`,
        [slotsPerProject],
      ),
    );
  }

  async claimPendingRuns(input: {
    owner: string;
    ttlMs: number;
    limit: number;
    slotsPerProject: number;
    actorId: string;
  }): Promise<ClaimedRun[]> {
    return inTransaction(this.orm, async () => {
      // Oldest pending runs of projects that have a free slot; rows another replica is claiming are skipped.
      const candidates = await query(
        this.orm,
        z.object({ id: column.text, correlation_id: column.text, project_id: column.text }),
        `select r.id, r.correlation_id, r.project_id from agent_runs r
         where r.status = 'pending' and r.project_id is not null
           and exists (select 1 from slots s where s.project_id = r.project_id and s.state = 'free' and s.slot_no < ?)
         order by r.created_at, r.id
         limit ? for update of r skip locked`,
        [input.slotsPerProject, input.limit * 5],
      );
      const claimed: ClaimedRun[] = [];
      for (const run of candidates) {
        if (claimed.length >= input.limit) break;
        const jobName = jobNameFor(run.id);
        const slot = await queryOne(
          this.orm,
          z.object({ slot_no: column.integer }),
          `update slots set state = 'leased', lease_owner = ?, lease_until = ${leaseUntil}, run_id = ?, updated_at = now()
           where id = (
             select id from slots where project_id = ? and state = 'free' and slot_no < ?
             order by slot_no limit 1 for update skip locked
           )
           returning slot_no`,
          [input.owner, input.ttlMs / 1000, run.id, run.project_id, input.slotsPerProject],
        );
        if (!slot) continue;
        // The run's GitHub report (SPEC §13) changes in the same statement.
        await execute(
          this.orm,
          reportingStateChange(
            `update agent_runs set status = 'running', started_at = clock_timestamp(), job_name = ?, updated_at = now() where id = ?`,
          ),
          [jobName, run.id],
        );
        await execute(
          this.orm,
          `insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload) values (?, 'system', ?, ?, ?::jsonb)`,
          [
            run.correlation_id,
            input.actorId,
            runEventTypes.started,
            JSON.stringify({
              run_id: run.id,
              job_name: jobName,
              slot_no: slot.slot_no,
              project_id: run.project_id,
              dispatcher: input.owner,
            }),
          ],
        );
        claimed.push({
          runId: run.id,
          correlationId: run.correlation_id,
          projectId: run.project_id,
          slotNo: slot.slot_no,
          jobName,
        });
      }
      return claimed;
    });
  }

  async finishRun(from: RunStatus[], transition: RunTransition): Promise<RunStatus | null> {
    const settled = await inTransaction(this.orm, () => settleRun(this.orm, from, transition, 'free'));
    return settled?.previous ?? null;
  }

  async countSlotsByState(): Promise<Record<SlotState, number>> {
    const rows = await inTransaction(this.orm, () =>
      query(
        this.orm,
        z.object({ state: slotState, count: column.integer }),
        `select state, count(*)::int as count from slots group by state`,
      ),
    );
    const counts: Record<SlotState, number> = { free: 0, leased: 0, releasing: 0 };
    for (const row of rows) counts[row.state] = row.count;
    return counts;
  }
}
