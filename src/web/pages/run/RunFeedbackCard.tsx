import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../components/FieldValue';
import { SectionCard } from '../../components/SectionCard';
import { StatusBadge } from '../../components/StatusBadge';
import { type RouterOutputs } from '../../lib/trpc';

type RunView = RouterOutputs['runs']['get'];

const reportColors = { none: 'gray', pending: 'yellow', sent: 'green', failed: 'red' } as const;

const runLink = (id: string, testId: string) => (
  <Anchor key={id} component={Link} to={`/runs/${id}`} size="sm" ff="monospace" data-testid={testId}>
    {id.slice(0, 8)}
  </Anchor>
);

/** What GitHub was told about the run (SPEC §13), and the run it reruns and its reruns. */
export function RunFeedbackCard({ view }: { view: RunView }) {
  const { t } = useTranslation();
  const report = view.githubReport;
  return (
    <SectionCard title={t('runFeedback.title')} testId="run-feedback">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg" verticalSpacing="md">
        <Field label={t('runFeedback.report')}>
          <Stack gap={4}>
            <Group gap="xs">
              <Badge
                variant="light"
                color={reportColors[report.state]}
                data-testid="github-report-state"
                data-state={report.state}
              >
                {t(`runFeedback.states.${report.state}`)}
              </Badge>
              {report.sentState && <StatusBadge status={report.sentState} />}
            </Group>
            {report.lastError && (
              <Text size="xs" c="dimmed" data-testid="github-report-error">
                {report.lastError}
              </Text>
            )}
          </Stack>
        </Field>
        <Field label={t('runFeedback.rerunOf')}>
          {view.rerunOf ? runLink(view.rerunOf, 'rerun-of') : null}
        </Field>
        <Field label={t('runFeedback.reruns')}>
          {view.rerunIds.length > 0 ? (
            <Group gap="xs" data-testid="reruns">
              {view.rerunIds.map((id) => runLink(id, 'rerun-link'))}
            </Group>
          ) : null}
        </Field>
      </SimpleGrid>
    </SectionCard>
  );
}
