import { Anchor, Group, Select, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { ProjectFilter, useSearchFilters } from '../components/ProjectFilter';
import { PagedTable } from '../components/PagedTable';
import { RelativeTime } from '../components/RelativeTime';
import { RUN_STATUSES, StatusBadge, isRunStatus } from '../components/StatusBadge';
import { useTRPC } from '../lib/trpc';
import { TextOr } from '../components/TextOr';

const PAGE_SIZE = 25;
/** Runs change state every few seconds; the list follows without a reload. */
const REFRESH_MS = 2000;

export function RunsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { params, setFilter } = useSearchFilters();
  const projectId = params.get('projectId') || undefined;
  const statusParam = params.get('status') ?? '';
  const status = isRunStatus(statusParam) ? statusParam : undefined;

  const runs = useInfiniteQuery(
    trpc.runs.list.infiniteQueryOptions(
      { limit: PAGE_SIZE, projectId, status },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, refetchInterval: REFRESH_MS },
    ),
  );

  const statusOptions = RUN_STATUSES.map((value) => ({ value, label: t(`runStatus.${value}`) }));

  return (
    <>
      <PageHeader title={t('runs.title')} description={t('runs.description')} />
      <Group mb="md" gap="sm" align="flex-end">
        <ProjectFilter
          label={t('runs.filterProject')}
          placeholder={t('runs.allProjects')}
          value={projectId}
          onChange={(value) => setFilter('projectId', value)}
          testId="runs-filter-project"
        />
        <Select
          label={t('runs.filterStatus')}
          placeholder={t('runs.allStatuses')}
          data={statusOptions}
          value={status ?? null}
          onChange={(value) => setFilter('status', value)}
          clearable
          w={200}
          data-testid="runs-filter-status"
        />
      </Group>
      <PagedTable
        query={runs}
        testId="runs-table"
        columns={[
          t('runs.status'),
          t('runs.repository'),
          t('runs.event'),
          t('runs.project'),
          t('runs.sender'),
          t('common.created'),
        ]}
        empty={{
          title: t('runs.emptyTitle'),
          description: projectId || status ? t('runs.emptyFiltered') : t('runs.emptyText'),
        }}
      >
        {(run) => (
          <Table.Tr
            key={run.id}
            data-run-id={run.id}
            style={{ cursor: 'pointer' }}
            onClick={() => void navigate(`/runs/${run.id}`)}
          >
            <Table.Td>
              <StatusBadge status={run.status} />
            </Table.Td>
            <Table.Td>
              <Anchor
                component={Link}
                to={`/runs/${run.id}`}
                size="sm"
                ff="monospace"
                onClick={(event) => event.stopPropagation()}
              >
                {run.repositoryFullName || run.correlationId}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm">
                {run.eventType}
                {run.action && (
                  <Text span c="dimmed" size="sm">
                    {' · '}
                    {run.action}
                  </Text>
                )}
              </Text>
            </Table.Td>
            <Table.Td>
              <TextOr value={run.projectName} placeholder={t('runs.noProject')} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{run.senderLogin || '—'}</Text>
            </Table.Td>
            <Table.Td>
              <RelativeTime value={run.createdAt} />
            </Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
    </>
  );
}
