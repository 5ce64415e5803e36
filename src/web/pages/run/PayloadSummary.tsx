import { Anchor, Badge, Code, SimpleGrid, Spoiler, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field, Mono } from '../../components/FieldValue';
import { BranchAndCommit, GitHubLink, RunDuration } from '../../components/RunContext';
import { RelativeTime } from '../../components/RelativeTime';
import { SectionCard } from '../../components/SectionCard';
import { githubEventLabel } from '../../lib/labels';
import { type Run } from '../../lib/trpc';

/** Reads a nested value of the (schemaless) run payload as display text, or null. */
function pick(source: unknown, path: string): string | null {
  let value: unknown = source;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return null;
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The run at a glance: where it came from, its project, its job and times, and its raw payload. */
export function PayloadSummary({ run, payload }: { run: Run; payload: unknown }) {
  const { t, i18n } = useTranslation();
  const yesNo = (value: string | null) =>
    value === null ? null : value === 'true' ? t('common.yes') : t('common.no');
  return (
    <SectionCard title={t('run.summary')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        <Field label={t('run.repository')}>
          <GitHubLink href={run.links.repository} mono>
            {run.repositoryFullName || pick(payload, 'repository.full_name') || '—'}
          </GitHubLink>
        </Field>
        <Field label={t('run.event')}>
          <Text size="sm">
            {githubEventLabel(
              t,
              i18n,
              run.eventType || pick(payload, 'event') || '',
              run.action || pick(payload, 'action'),
            ) || '—'}
          </Text>
        </Field>
        <Field label={t('run.sender')}>
          <GitHubLink href={run.links.sender} mono>
            {run.senderLogin || pick(payload, 'sender.login') || '—'}
          </GitHubLink>
        </Field>
        <Field label={t('runs.branch')}>
          <BranchAndCommit run={run} />
        </Field>
        <Field label={t('run.project')}>
          {run.projectId ? (
            <Anchor component={Link} to={`/projects/${run.projectId}`} size="sm">
              {run.projectName || run.projectSlug || run.projectId}
            </Anchor>
          ) : (
            <Text size="sm" c="dimmed">
              {t('runs.noProject')}
            </Text>
          )}
        </Field>
        <Field label={t('run.deliveryId')}>
          <Mono>{pick(payload, 'delivery_id') ?? run.correlationId}</Mono>
        </Field>
        <Field label={t('run.servicesYaml')}>
          <Mono>{pick(payload, 'project.services_yaml')}</Mono>
        </Field>
        <Field label={t('run.bindingResolved')}>
          <Text size="sm">{yesNo(pick(payload, 'project.binding_resolved')) ?? '—'}</Text>
        </Field>
        <Field label={t('run.learningMode')}>
          <Badge variant="light" color={run.learningMode ? 'teal' : 'gray'}>
            {run.learningMode ? t('common.on') : t('common.off')}
          </Badge>
        </Field>
        <Field label={t('run.jobName')}>
          <Mono>{run.jobName || null}</Mono>
        </Field>
        <Field label={t('common.created')}>
          <RelativeTime value={run.createdAt} />
        </Field>
        <Field label={t('run.startedAt')}>
          <RelativeTime value={run.startedAt} />
        </Field>
        <Field label={t('run.finishedAt')}>
          <RelativeTime value={run.finishedAt} />
        </Field>
        <Field label={t('run.duration')}>
          <RunDuration run={run} />
        </Field>
      </SimpleGrid>
      <Spoiler maxHeight={0} showLabel={t('run.showRawPayload')} hideLabel={t('run.hideRawPayload')} mt="md">
        <Code block style={{ maxHeight: 420, overflow: 'auto' }}>
          {JSON.stringify(payload, null, 2)}
        </Code>
      </Spoiler>
    </SectionCard>
  );
}
