import { BigIntType, EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { type LearningFeedbackRecord } from '../../domain/runs/ports.js';
import { AgentRunEntity } from './agent-run.js';
import { RepositoryEntity } from './repository.js';
import { foreignKeyId } from './foreign-key.js';

const kinds: readonly LearningFeedbackRecord['kind'][] = ['inline', 'post_pr'];

/** A row of `learning_feedback`: the domain's record as stored. */
export interface LearningFeedbackRow extends LearningFeedbackRecord {
  [OptionalProps]?: 'createdAt';
}

export const LearningFeedbackEntity = new EntitySchema<LearningFeedbackRow>({
  name: 'LearningFeedbackRow',
  tableName: 'learning_feedback',
  properties: {
    id: { type: new BigIntType('number'), primary: true, autoincrement: true },
    runId: foreignKeyId(AgentRunEntity, 'run_id', 'cascade'),
    repositoryId: foreignKeyId(RepositoryEntity, 'repository_id', 'set null'),
    prNumber: { type: 'integer', nullable: true },
    filePath: { type: 'text', nullable: true },
    line: { type: 'integer', nullable: true },
    kind: { enum: true, items: [...kinds] },
    explanation: { type: 'text' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
  indexes: [{ name: 'learning_feedback_run_id_idx', properties: ['runId', 'id'] }],
});
