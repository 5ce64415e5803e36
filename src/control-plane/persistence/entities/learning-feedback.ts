import { BigIntType, EntitySchema } from '@mikro-orm/core';

export type LearningFeedbackKind = 'inline' | 'post_pr';

export interface LearningFeedbackRow {
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
    runId: { type: 'uuid' },
    repositoryId: { type: 'uuid', nullable: true },
    prNumber: { type: 'integer', nullable: true },
    filePath: { type: 'text', nullable: true },
    line: { type: 'integer', nullable: true },
    kind: { type: 'text' },
    explanation: { type: 'text' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});
