import { Anchor, Badge, Group, Select, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { ClearFiltersButton, ProjectFilter, useSearchFilters } from '../components/ProjectFilter';
import { PagedTable } from '../components/PagedTable';
import { RelativeTime } from '../components/RelativeTime';
import { githubEventLabel } from '../lib/labels';
import { useTRPC, type Delivery } from '../lib/trpc';

const PAGE_SIZE = 50;
/** New deliveries arrive all the time; the list follows without a reload. */
const REFRESH_MS = 5000;
const OUTCOMES = ['run', 'ignored'] as const;
type Outcome = (typeof OUTCOMES)[number];

const isOutcome = (value: string): value is Outcome => (OUTCOMES as readonly string[]).includes(value);

/** What became of a delivery: a run, or ignored and why. */
function OutcomeBadge({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation();
  if (delivery.outcome === 'run')
    return (
      <Badge color="green" variant="light" data-outcome="run">
        {t('deliveries.outcomeRun')}
      </Badge>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <Badge color="gray" variant="light" data-outcome="ignored">
        {t('deliveries.outcomeIgnored')}
      </Badge>
      {delivery.reason && (
        <Text size="sm" c="dimmed" data-reason={delivery.reason}>
          {t(`deliveries.reasons.${delivery.reason}`)}
        </Text>
      )}
    </Group>
  );
}

/** deliveries.list (SPEC §11): every webhook delivery, what became of it and why. */
export function DeliveriesPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { params, setFilter, clearFilters } = useSearchFilters();
  const projectId = params.get('projectId') || undefined;
  const outcomeParam = params.get('outcome') ?? '';
  const outcome = isOutcome(outcomeParam) ? outcomeParam : undefined;

  const deliveries = useInfiniteQuery(
    trpc.deliveries.list.infiniteQueryOptions(
      { limit: PAGE_SIZE, projectId, outcome },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, refetchInterval: REFRESH_MS },
    ),
  );

  return (
    <>
      <PageHeader title={t('deliveries.title')} description={t('deliveries.description')} />
      <Group mb="md" gap="sm" align="flex-end">
        <ProjectFilter
          label={t('deliveries.filterProject')}
          placeholder={t('deliveries.allProjects')}
          value={projectId}
          onChange={(value) => setFilter('projectId', value)}
          testId="deliveries-filter-project"
        />
        <Select
          label={t('deliveries.filterOutcome')}
          placeholder={t('deliveries.allOutcomes')}
          data={[
            { value: 'run', label: t('deliveries.outcomeRun') },
            { value: 'ignored', label: t('deliveries.outcomeIgnored') },
          ]}
          value={outcome ?? null}
          onChange={(value) => setFilter('outcome', value)}
          clearable
          w={200}
          data-testid="deliveries-filter-outcome"
        />
      </Group>
      <PagedTable
        query={deliveries}
        testId="deliveries-table"
        columns={[
          t('deliveries.outcome'),
          t('deliveries.event'),
          t('deliveries.sender'),
          t('deliveries.repository'),
          t('deliveries.project'),
          t('deliveries.received'),
          t('deliveries.run'),
        ]}
        empty={{
          title: t('deliveries.emptyTitle'),
          description: projectId || outcome ? t('deliveries.emptyFiltered') : t('deliveries.emptyText'),
          action: (projectId || outcome) && <ClearFiltersButton onClick={clearFilters} />,
        }}
      >
        {(delivery) => (
          <Table.Tr key={delivery.deliveryId} data-delivery-id={delivery.deliveryId}>
            <Table.Td>
              <OutcomeBadge delivery={delivery} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" title={[delivery.event, delivery.action].filter(Boolean).join('.')}>
                {githubEventLabel(t, i18n, delivery.event, delivery.action)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{delivery.senderLogin || '—'}</Text>
            </Table.Td>
            <Table.Td>
              <Text
                size="sm"
                ff="monospace"
                maw={200}
                truncate="end"
                title={delivery.repositoryFullName || undefined}
              >
                {delivery.repositoryFullName || '—'}
              </Text>
            </Table.Td>
            <Table.Td>
              {delivery.projectId ? (
                <Anchor component={Link} to={`/projects/${delivery.projectId}`} size="sm">
                  {delivery.projectSlug || delivery.projectId}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('runs.noProject')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <RelativeTime value={delivery.receivedAt} />
            </Table.Td>
            <Table.Td>
              {delivery.runId ? (
                <Anchor component={Link} to={`/runs/${delivery.runId}`} size="sm" ff="monospace">
                  {delivery.runId.slice(0, 8)}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
    </>
  );
}
