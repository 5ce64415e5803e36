import { Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RelativeTime } from '../../components/RelativeTime';
import { SectionCard } from '../../components/SectionCard';
import { SectionTable } from '../../components/SectionTable';
import { useTRPC } from '../../lib/trpc';

/** What the platform explained about the run (learning mode), and review feedback on its pull request. */
export function LearningFeedbackCard({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const feedback = useQuery(trpc.runs.learningFeedback.queryOptions({ runId }));
  return (
    <SectionCard title={t('run.learningFeedback')} testId="learning-feedback">
      <SectionTable
        query={feedback}
        columns={[
          t('run.feedbackKind'),
          t('run.feedbackWhere'),
          t('run.feedbackExplanation'),
          t('common.created'),
        ]}
        empty={{ title: t('run.noFeedback'), description: t('run.noFeedbackText') }}
      >
        {(item) => (
          <Table.Tr key={item.id}>
            <Table.Td>
              <Badge variant="light">
                {item.kind === 'post_pr' ? t('run.kindPostPr') : t('run.kindInline')}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {[
                  item.prNumber ? `#${item.prNumber}` : null,
                  item.filePath ? `${item.filePath}${item.line ? `:${item.line}` : ''}` : null,
                ]
                  .filter(Boolean)
                  .join(' ') || '—'}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {item.explanation}
              </Text>
            </Table.Td>
            <Table.Td>
              <RelativeTime value={item.createdAt} />
            </Table.Td>
          </Table.Tr>
        )}
      </SectionTable>
    </SectionCard>
  );
}
