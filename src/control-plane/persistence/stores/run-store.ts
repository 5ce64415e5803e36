import { QueryOrder } from '@mikro-orm/core';
import { type MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { type Actor } from '../../domain/access/actor.js';
import {
  type CancelOutcome,
  type FlowEventRecord,
  type LearningFeedbackRecord,
  type RunAccess,
  type RunFacts,
  type RunFilter,
  type RunPageWithActor,
  type RunScope,
  type RunStore,
  type RunSummary,
} from '../../domain/runs/ports.js';
import { type Page, type PageRequest } from '../../domain/staff-call/pagination.js';
import { LearningFeedbackEntity } from '../entities/learning-feedback.js';
import { queryWithActor } from './caller-reads.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { currentEntityManager } from './entity-manager.js';
import { column, type CheckOnlyShape } from './rows.js';
import {
  type CursorKey,
  listAll,
  listForMemberByProject,
  memberWalkLength,
  walkNewestRuns,
  walkRow,
} from './run-list-statements.js';
import { cancelRun } from './run-cancel.js';
import { readRunEventsWithAccess, readRunWithAccess } from './run-reads-with-access.js';
import {
  runCursor,
  runSummaryColumns,
  runSummaryRow,
  type RunSummaryRow,
  toSummary,
  withProject,
} from './run-summary-row.js';
import { queryPrepared, type Statement } from './sql.js';
import { isUuid } from '../../../shared/text/uuid.js';

/** How a page's first statement is read: alone, or with the caller beside it (listWithActor). */
type ReadFirst = <Row extends { id: string }>(
  shape: CheckOnlyShape<Row>,
  statement: Statement,
) => Promise<Row[]>;

/**
 * The runs of the staff API. Lists, lookups and events are raw SQL (the console's hot reads,
 * prepared, rows checked); the payload and learning feedback are ordinary entity reads; cancel is
 * the dispatcher's settling statement (run-cancel.ts).
 */
export class SqlRunStore implements RunStore {
  constructor(private readonly orm: MikroORM) {}

  list(scope: RunScope, filter: RunFilter, page: PageRequest): Promise<Page<RunSummary>> {
    return this.readPage(scope, filter, page, (shape, statement) => this.read(shape, statement));
  }

  async listWithActor(
    actorUserId: string,
    scope: RunScope,
    filter: RunFilter,
    page: PageRequest,
  ): Promise<RunPageWithActor> {
    if (!isUuid(actorUserId)) return { actor: null, page: { items: [], nextCursor: '' } };
    let actor: Actor | null = null;
    const runs = await this.readPage(scope, filter, page, async (shape, statement) => {
      const read = await queryWithActor(
        this.orm,
        shape,
        statement,
        actorUserId,
        'page.created_at desc, page.id desc',
      );
      actor = read.actor;
      return read.rows;
    });
    return { actor, page: runs };
  }

  private read<Row>(shape: CheckOnlyShape<Row>, statement: Statement): Promise<Row[]> {
    return queryPrepared(this.orm, shape, statement);
  }

  /** A page in the scope: its first statement goes through `readFirst`, any follow-up is read plainly. */
  private async readPage(
    scope: RunScope,
    filter: RunFilter,
    page: PageRequest,
    readFirst: ReadFirst,
  ): Promise<Page<RunSummary>> {
    const key = decodeCursor('runs', page.cursor, ['string', 'string']);
    const rows =
      scope.kind === 'memberOf'
        ? await this.listForMember(scope.userId, filter, key, page.limit, readFirst)
        : await readFirst(runSummaryRow, listAll(filter, key, page.limit));
    return toPage(rows, page.limit, toSummary, runCursor);
  }

  /**
   * The runs of the member's projects, newest first. First a bounded walk of the newest runs
   * (walkNewestRuns); when that walk ends short of a full page (a member of quiet projects), the
   * per-project plan answers (listForMemberByProject).
   */
  private async listForMember(
    userId: string,
    filter: RunFilter,
    key: CursorKey,
    limit: number,
    readFirst: ReadFirst,
  ): Promise<RunSummaryRow[]> {
    const walkLength = memberWalkLength(limit);
    const walked = await readFirst(walkRow, walkNewestRuns(userId, filter, key, limit, walkLength));
    const page = walked.filter((row) => row.kept);
    // Exact unless the walk reached its last run with the page still short of full: then the
    // member's next runs may lie further back, and the per-project plan finds them.
    const walkCutShort = walked.some((row) => Number(row.position) === walkLength);
    if (page.length > limit || !walkCutShort) return page;
    return this.read(runSummaryRow, listForMemberByProject(userId, filter, key, limit));
  }

  async findById(runId: string): Promise<RunSummary | null> {
    const [row] = await queryPrepared(this.orm, runSummaryRow, {
      sql: `select ${runSummaryColumns}
       from agent_runs r ${withProject} where r.id = ?`,
      bindings: [runId],
    });
    return row ? toSummary(row) : null;
  }

  findWithAccess(runId: string, actorUserId: string): Promise<RunAccess<RunSummary>> {
    return readRunWithAccess(this.orm, runId, actorUserId);
  }

  listEventsWithAccess(
    runId: string,
    actorUserId: string,
    page: PageRequest,
  ): Promise<{ access: RunAccess<{ projectId: string | null }>; page: Page<FlowEventRecord> }> {
    return readRunEventsWithAccess(this.orm, runId, actorUserId, page);
  }

  async findPayloadAndQueue(runId: string, slotsPerProject: number) {
    const [row] = await queryPrepared(
      this.orm,
      z.object({
        run_payload: column.json,
        slots_in_use: column.integer.nullable(),
        position: column.integer.nullable(),
      }),
      {
        // The queue only for a pending run of a project; claim order is the dispatcher's: oldest
        // pending first (agent_runs_status_created_idx). One round trip with the payload.
        sql: `select r.run_payload,
            case when r.status = 'pending' and r.project_id is not null then
              (select count(*)::int from slots s where s.project_id = r.project_id and s.slot_no < ?
                 and s.state in ('leased', 'releasing')) end as slots_in_use,
            case when r.status = 'pending' and r.project_id is not null then
              (select count(*)::int from agent_runs q where q.status = 'pending' and q.project_id = r.project_id
                 and (q.created_at, q.id) <= (r.created_at, r.id)) end as position
          from agent_runs r where r.id = ?`,
        bindings: [slotsPerProject, runId],
      },
    );
    return {
      payload: row?.run_payload ?? {},
      queue:
        row && row.slots_in_use !== null && row.position !== null
          ? { slotsInUse: row.slots_in_use, position: row.position }
          : null,
    };
  }

  async listLearningFeedback(runId: string, page: PageRequest): Promise<Page<LearningFeedbackRecord>> {
    const after = decodeCursor('learning-feedback', page.cursor, ['number'])?.[0] ?? 0;
    const feedback = await currentEntityManager(this.orm).find(
      LearningFeedbackEntity,
      { runId, id: { $gt: Number(after) } },
      { orderBy: { id: QueryOrder.ASC }, limit: page.limit + 1 },
    );
    return toPage(
      feedback,
      page.limit,
      (row) => ({
        id: row.id,
        runId: row.runId,
        repositoryId: row.repositoryId,
        prNumber: row.prNumber,
        filePath: row.filePath,
        line: row.line,
        kind: row.kind,
        explanation: row.explanation,
        createdAt: row.createdAt,
      }),
      (row) => encodeCursor('learning-feedback', [row.id]),
    );
  }

  cancel(runId: string, actorUserId: string, explain: (facts: RunFacts) => string): Promise<CancelOutcome> {
    return cancelRun(this.orm, runId, actorUserId, explain);
  }
}
