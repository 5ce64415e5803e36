import { AgentRunEntity } from './agent-run.js';
import { DeliveryRecoveryStateEntity } from './delivery-recovery-state.js';
import { FlowEventEntity } from './flow-event.js';
import { GitHubReportEntity } from './github-report.js';
import { LearningFeedbackEntity } from './learning-feedback.js';
import { ProjectMemberEntity } from './project-member.js';
import { ProjectEntity } from './project.js';
import { RepositoryEntity } from './repository.js';
import { RunLogChunkEntity, RunLogEntity } from './run-log.js';
import { SlotEntity } from './slot.js';
import { UserEntity } from './user.js';
import { WebhookDeliveryEntity } from './webhook-delivery.js';

export * from './agent-run.js';
export * from './delivery-recovery-state.js';
export * from './flow-event.js';
export * from './github-report.js';
export * from './learning-feedback.js';
export * from './project-member.js';
export * from './project.js';
export * from './repository.js';
export * from './run-log.js';
export * from './slot.js';
export * from './user.js';
export * from './webhook-delivery.js';

/**
 * Every table of SPEC §3, §11, §12, §13 and §14, as the migrations build it (constraints, indexes and generated columns
 * included: test/integration/entity-schema.test.ts checks that MikroORM finds nothing to change).
 * The migrations stay the schema's author; a new table or column needs its entity too.
 */
export const allEntities = [
  UserEntity,
  ProjectEntity,
  ProjectMemberEntity,
  RepositoryEntity,
  AgentRunEntity,
  FlowEventEntity,
  SlotEntity,
  LearningFeedbackEntity,
  RunLogEntity,
  RunLogChunkEntity,
  WebhookDeliveryEntity,
  DeliveryRecoveryStateEntity,
  GitHubReportEntity,
];
