import { type MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { type DeliveryFilter, type DeliveryStore, type DeliveryView } from '../../domain/deliveries/ports.js';
import { type ListScope } from '../../domain/staff-call/caller-scope.js';
import { type Page, type PageRequest } from '../../domain/staff-call/pagination.js';
import { deliveryOutcomes, ignoreReasons } from '../../domain/webhooks/delivery-outcome.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { column } from './rows.js';
import { query, sqlCount, type SqlValue } from './sql.js';
import { toDate } from './timestamps.js';

const deliveryRow = z.object({
  delivery_id: column.text,
  event: column.text,
  action: column.text.nullable(),
  repository_external_id: column.bigint.nullable(),
  repository_full_name: column.text.nullable(),
  sender_login: column.text.nullable(),
  received_at: column.timestampText,
  outcome: column.oneOf(deliveryOutcomes),
  reason: column.oneOf(ignoreReasons).nullable(),
  run_id: column.text.nullable(),
  project_id: column.text.nullable(),
  project_slug: column.text.nullable(),
});

type DeliveryRow = z.output<typeof deliveryRow>;

const toView = (row: DeliveryRow): DeliveryView => ({
  deliveryId: row.delivery_id,
  event: row.event,
  action: row.action,
  repositoryExternalId: row.repository_external_id,
  repositoryFullName: row.repository_full_name,
  senderLogin: row.sender_login,
  receivedAt: toDate(row.received_at),
  outcome: row.outcome,
  reason: row.reason,
  runId: row.run_id,
  projectId: row.project_id,
  projectSlug: row.project_slug,
});

/**
 * deliveries.list: newest first on (received_at, delivery_id), a keyset the listing indexes of
 * Migration20261210000000WebhookDeliveries serve. A condition list in SQL because its shape
 * (scope, filters, cursor) varies with the call; rows are checked against their shape.
 */
export class SqlDeliveryStore implements DeliveryStore {
  constructor(private readonly orm: MikroORM) {}

  async list(scope: ListScope, filter: DeliveryFilter, page: PageRequest): Promise<Page<DeliveryView>> {
    const conditions: string[] = [];
    const bindings: SqlValue[] = [];
    const where = (condition: string, ...values: SqlValue[]) => {
      conditions.push(condition);
      bindings.push(...values);
    };
    if (scope.kind === 'memberOf')
      where('d.project_id in (select m.project_id from project_members m where m.user_id = ?)', scope.userId);
    if (filter.projectId !== null) where('d.project_id = ?', filter.projectId);
    if (filter.outcome !== null) where('d.outcome = ?', filter.outcome);
    const after = decodeCursor('deliveries', page.cursor, ['string', 'string']);
    if (after !== null) where('(d.received_at, d.delivery_id) < (?::timestamptz, ?)', ...after);
    const rows = await query(
      this.orm,
      deliveryRow,
      `select d.delivery_id, d.event, d.action, d.repository_external_id::text as repository_external_id,
              d.repository_full_name, d.sender_login, d.received_at, d.outcome, d.reason, d.run_id::text as run_id,
              d.project_id::text as project_id, p.slug as project_slug
         from webhook_deliveries d left join projects p on p.id = d.project_id
        ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''}
        order by d.received_at desc, d.delivery_id desc
        limit ${sqlCount(page.limit + 1)}`,
      bindings,
    );
    return toPage(rows, page.limit, toView, (row) =>
      encodeCursor('deliveries', [row.received_at, row.delivery_id]),
    );
  }
}
