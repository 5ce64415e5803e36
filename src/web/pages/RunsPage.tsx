import { Anchor, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { ClearFiltersButton, ProjectFilter, useSearchFilters } from '../components/ProjectFilter';
import { PagedTable } from '../components/PagedTable';
import { RelativeTime } from '../components/RelativeTime';
import {
  BranchAndCommit,
  GitHubLink,
  RunDuration,
  subjectText,
  TriggerBadge,
} from '../components/RunContext';
import { RUN_STATUSES, StatusBadge, isRunStatus } from '../components/StatusBadge';
import { githubEventLabel } from '../lib/labels';
import { useTRPC } from '../lib/trpc';

const PAGE_SIZE = 25;
/** Runs change state every few seconds; the list follows without a reload. */
const REFRESH_MS = 2000;
const TEXT_FILTERS = ['repository', 'sender', 'trigger'] as const;
type TextFilter = (typeof TEXT_FILTERS)[number];

/** A typed filter: kept in the address once typing pauses, so the list does not reload per key. */
function TextFilterInput({
  name,
  label,
  placeholder,
  value,
  onChange,
}: {
  name: TextFilter;
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string | null) => void;
}) {
  const [typed, setTyped] = useState(value);
  useEffect(() => setTyped(value), [value]);
  const apply = useDebouncedCallback((next: string) => onChange(next.trim() || null), 400);
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={typed}
      onChange={(event) => {
        setTyped(event.currentTarget.value);
        apply(event.currentTarget.value);
      }}
      w={{ base: 'calc(50% - 6px)', sm: 180 }}
      data-testid={`runs-filter-${name}`}
    />
  );
}

export function RunsPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { params, setFilter, clearFilters } = useSearchFilters();
  const projectId = params.get('projectId') || undefined;
  const statusParam = params.get('status') ?? '';
  const status = isRunStatus(statusParam) ? statusParam : undefined;
  const text = (name: TextFilter) => params.get(name) || undefined;
  const filtered = Boolean(projectId || status || TEXT_FILTERS.some((name) => text(name)));

  const runs = useInfiniteQuery(
    trpc.runs.list.infiniteQueryOptions(
      {
        limit: PAGE_SIZE,
        projectId,
        status,
        repository: text('repository'),
        sender: text('sender'),
        trigger: text('trigger'),
      },
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
          w={{ base: 'calc(50% - 6px)', sm: 180 }}
          data-testid="runs-filter-status"
        />
        {TEXT_FILTERS.map((name) => (
          <TextFilterInput
            key={name}
            name={name}
            label={t(
              `runs.filter${name === 'repository' ? 'Repository' : name === 'sender' ? 'Sender' : 'Trigger'}`,
            )}
            placeholder={t(
              `runs.filter${name === 'repository' ? 'Repository' : name === 'sender' ? 'Sender' : 'Trigger'}Placeholder`,
            )}
            value={text(name) ?? ''}
            onChange={(value) => setFilter(name, value)}
          />
        ))}
      </Group>
      <PagedTable
        query={runs}
        testId="runs-table"
        columns={[
          t('runs.status'),
          t('runs.subject'),
          t('runs.trigger'),
          t('runs.branch'),
          t('runs.sender'),
          t('runs.when'),
        ]}
        empty={{
          title: t('runs.emptyTitle'),
          description: filtered ? t('runs.emptyFiltered') : t('runs.emptyText'),
          action: filtered && <ClearFiltersButton onClick={clearFilters} />,
        }}
      >
        {(run) => {
          const subject = subjectText(run);
          return (
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
                <Stack gap={0}>
                  <Anchor
                    component={Link}
                    to={`/runs/${run.id}`}
                    size="sm"
                    fw={500}
                    maw={280}
                    truncate="end"
                    onClick={(event) => event.stopPropagation()}
                    data-testid="run-subject"
                  >
                    {subject ?? githubEventLabel(t, i18n, run.eventType, run.action)}
                  </Anchor>
                  <Text size="xs" c="dimmed" maw={280} truncate="end">
                    <Text span inherit ff="monospace">
                      {run.repositoryFullName || run.correlationId}
                    </Text>
                    {' · '}
                    {run.projectName || t('runs.noProject')}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <TriggerBadge run={run} />
              </Table.Td>
              <Table.Td>
                <BranchAndCommit run={run} />
              </Table.Td>
              <Table.Td>
                {run.senderLogin ? <GitHubLink href={run.links.sender}>{run.senderLogin}</GitHubLink> : '—'}
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <RelativeTime value={run.createdAt} />
                  <Text size="xs" c="dimmed">
                    <RunDuration run={run} size="xs" />
                  </Text>
                </Stack>
              </Table.Td>
            </Table.Tr>
          );
        }}
      </PagedTable>
    </>
  );
}
