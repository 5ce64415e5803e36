import { BigIntType, EntitySchema } from '@mikro-orm/core';
import {
  deliveryOutcomes,
  ignoreReasons,
  type StoredDelivery,
} from '../../domain/webhooks/delivery-outcome.js';
import { AgentRunEntity } from './agent-run.js';
import { foreignKeyId } from './foreign-key.js';
import { ProjectEntity } from './project.js';

/** One recorded delivery (SPEC §11); written by the ingest's hot statement, read by deliveries.list. */
export type WebhookDeliveryRow = StoredDelivery;

export const WebhookDeliveryEntity = new EntitySchema<WebhookDeliveryRow>({
  name: 'WebhookDeliveryRow',
  tableName: 'webhook_deliveries',
  properties: {
    deliveryId: { type: 'text', primary: true },
    event: { type: 'text' },
    action: { type: 'text', nullable: true },
    repositoryExternalId: { type: new BigIntType('number'), nullable: true },
    repositoryFullName: { type: 'text', nullable: true },
    senderLogin: { type: 'text', nullable: true },
    receivedAt: { type: 'datetime' },
    projectId: foreignKeyId(ProjectEntity, 'project_id', 'set null'),
    outcome: { enum: true, items: [...deliveryOutcomes] },
    reason: { enum: true, items: [...ignoreReasons], nullable: true },
    runId: foreignKeyId(AgentRunEntity, 'run_id', 'set null'),
  },
  indexes: [
    {
      name: 'webhook_deliveries_received_idx',
      expression:
        'create index webhook_deliveries_received_idx on webhook_deliveries (received_at desc, delivery_id desc)',
    },
    {
      name: 'webhook_deliveries_project_received_idx',
      expression:
        'create index webhook_deliveries_project_received_idx on webhook_deliveries (project_id, received_at desc, delivery_id desc)',
    },
    {
      name: 'webhook_deliveries_run_id_idx',
      expression:
        'create index webhook_deliveries_run_id_idx on webhook_deliveries (run_id) where run_id is not null',
    },
  ],
  checks: [
    // An ignored delivery says why; one that started a run has no reason.
    {
      name: 'webhook_deliveries_reason_when_ignored',
      expression: "(outcome = 'ignored') = (reason is not null)",
    },
  ],
});
