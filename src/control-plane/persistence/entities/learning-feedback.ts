import { BigIntType, EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { AgentRunEntity } from './agent-run.js';
import { RepositoryEntity } from './repository.js';

export type LearningFeedbackKind = 'inline' | 'post_pr';

const kinds: readonly LearningFeedbackKind[] = ['inline', 'post_pr'];

export interface LearningFeedbackRow {
  [OptionalProps]?: 'createdAt';
  id: number;
  runId: string;
  repositoryId: string | null;
  prNumber: number | null;
  filePath: string | null;
  line: number | null;
  kind: LearningFeedbackKind;
  explanation: string;
  createdAt: Date;
}

export const LearningFeedbackEntity = new EntitySchema<LearningFeedbackRow>({
  name: 'LearningFeedbackRow',
  tableName: 'learning_feedback',
  properties: {
    id: { type: new BigIntType('number'), primary: true, autoincrement: true },
    runId: {
      kind: 'm:1',
      entity: () => AgentRunEntity.meta.className,
      mapToPk: true,
      fieldName: 'run_id',
      deleteRule: 'cascade',
      updateRule: 'no action',
    },
    repositoryId: {
      kind: 'm:1',
      entity: () => RepositoryEntity.meta.className,
      mapToPk: true,
      fieldName: 'repository_id',
      nullable: true,
      deleteRule: 'set null',
      updateRule: 'no action',
    },
    prNumber: { type: 'integer', nullable: true },
    filePath: { type: 'text', nullable: true },
    line: { type: 'integer', nullable: true },
    kind: { enum: true, items: [...kinds] },
    explanation: { type: 'text' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
  indexes: [{ name: 'learning_feedback_run_id_idx', properties: ['runId', 'id'] }],
});
