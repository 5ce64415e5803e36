import { type MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { type FlowEventRecord, type FlowEventSource } from '../../domain/runs/ports.js';
import { actorTypes } from '../entities/flow-event.js';
import { staffActorEmail } from './actor-email.js';
import { inTransaction } from './transactor.js';
import { column } from './rows.js';
import { query } from './sql.js';

/** A row of the run event feed's poll (eventsAfter). */
const feedEventRow = z.object({
  id: column.bigint,
  correlation_id: column.text,
  actor_type: column.oneOf(actorTypes),
  actor_id: column.text,
  event_type: column.text,
  payload: z.record(z.string(), z.unknown()).nullable(),
  created_at: column.timestamp,
  actor_email: column.text.nullable(),
});

/** What the run event feed polls: `flow_events` by id, each poll in its own short transaction. */
export class SqlFlowEventSource implements FlowEventSource {
  constructor(private readonly orm: MikroORM) {}

  async eventsAfter(
    correlationIds: string[],
    afterId: number,
    limit: number,
    upToId?: number,
  ): Promise<FlowEventRecord[]> {
    if (correlationIds.length === 0) return [];
    const rows = await inTransaction(this.orm, () =>
      query(
        this.orm,
        feedEventRow,
        `select id, correlation_id, actor_type, actor_id, event_type, payload, created_at,
           ${staffActorEmail('e')} as actor_email from flow_events e
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
      actorEmail: row.actor_email,
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
