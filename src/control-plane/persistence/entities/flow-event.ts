import { BigIntType, EntitySchema, type OptionalProps } from '@mikro-orm/core';

export type ActorType = 'system' | 'staff';

export const actorTypes: readonly ActorType[] = ['system', 'staff'];

export interface FlowEventRow {
  [OptionalProps]?: 'payload' | 'createdAt';
  id: number;
  correlationId: string;
  actorType: ActorType;
  actorId: string;
  eventType: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

export const FlowEventEntity = new EntitySchema<FlowEventRow>({
  name: 'FlowEventRow',
  tableName: 'flow_events',
  properties: {
    id: { type: new BigIntType('number'), primary: true, autoincrement: true },
    correlationId: { type: 'text' },
    actorType: { enum: true, items: [...actorTypes] },
    actorId: { type: 'text' },
    eventType: { type: 'text' },
    payload: { type: 'json', columnType: 'jsonb', default: '{}' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
  indexes: [
    { name: 'flow_events_correlation_created_idx', properties: ['correlationId', 'createdAt'] },
    { name: 'flow_events_correlation_id_idx', properties: ['correlationId', 'id'] },
  ],
});
