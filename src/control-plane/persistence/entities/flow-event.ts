import { BigIntType, EntitySchema, type OptionalProps } from '@mikro-orm/core';

export type ActorType = 'system' | 'staff';

export const actorTypes: readonly ActorType[] = ['system', 'staff'];

export interface FlowEventRow {
  [OptionalProps]?: 'payload' | 'createdAt' | 'projectId';
  id: number;
  correlationId: string;
  actorType: ActorType;
  actorId: string;
  eventType: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  /** The project a staff entry (or a run's event) belongs to; no foreign key: the audit trail outlives projects. */
  projectId?: string | null;
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
    projectId: { type: 'uuid', nullable: true },
  },
  indexes: [
    { name: 'flow_events_correlation_created_idx', properties: ['correlationId', 'createdAt'] },
    { name: 'flow_events_correlation_id_idx', properties: ['correlationId', 'id'] },
    // audit.list (issue 21): the staff entries newest first, all, by project, by actor.
    {
      name: 'flow_events_staff_idx',
      expression: `create index flow_events_staff_idx on flow_events (id desc) where actor_type = 'staff'::text`,
    },
    {
      name: 'flow_events_staff_project_idx',
      expression: `create index flow_events_staff_project_idx on flow_events (project_id, id desc) where actor_type = 'staff'::text`,
    },
    {
      name: 'flow_events_staff_actor_idx',
      expression: `create index flow_events_staff_actor_idx on flow_events (actor_id, id desc) where actor_type = 'staff'::text`,
    },
  ],
});
