import { Alert, Anchor, Button, Card, Code, EmptyState, Group, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { ClearFiltersButton, ProjectFilter, useSearchFilters } from '../components/ProjectFilter';
import { PagedTable } from '../components/PagedTable';
import { RelativeTime } from '../components/RelativeTime';
import { flowEventLabel } from '../lib/labels';
import { usePrincipal } from '../lib/principal';
import { useTRPC, type RouterOutputs } from '../lib/trpc';

const PAGE_SIZE = 50;
type AuditEvent = RouterOutputs['audit']['list']['items'][number];

/** Where the changed thing lives in the console, when it still has a page. */
function targetPath(event: AuditEvent): string | null {
  if (!event.target) return null;
  switch (event.target.kind) {
    case 'run':
      return `/runs/${event.runId ?? event.target.id}`;
    case 'user':
      return '/users';
    case 'project':
    case 'member':
    case 'repository':
      return event.projectId && event.projectSlug ? `/projects/${event.projectId}` : null;
  }
}

/** A readable name of the changed thing from the entry's payload (an email, a repository, a slug), else a short id. */
function targetName(event: AuditEvent): string {
  const payload = (
    typeof event.payload === 'object' && event.payload !== null ? event.payload : {}
  ) as Record<string, unknown>;
  const text = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : null);
  const named =
    event.target?.kind === 'repository'
      ? text('full_name')
      : event.target?.kind === 'user' || event.target?.kind === 'member'
        ? text('email')
        : event.target?.kind === 'project'
          ? (text('slug') ?? event.projectSlug)
          : null;
  return named ?? (event.target?.id.split(':').pop() ?? '').slice(0, 8);
}

function Target({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.target)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const path = targetPath(event);
  const name = targetName(event);
  return (
    <Group gap={6} wrap="nowrap" data-target-kind={event.target.kind}>
      <Text size="sm" c="dimmed">
        {t(`audit.targets.${event.target.kind}`)}
      </Text>
      {path ? (
        <Anchor
          component={Link}
          to={path}
          size="sm"
          truncate="end"
          maw={240}
          title={name}
          data-testid="audit-target"
        >
          {name}
        </Anchor>
      ) : (
        <Text size="sm" truncate="end" maw={240} title={name} data-testid="audit-target">
          {name}
        </Text>
      )}
    </Group>
  );
}

/**
 * audit.list (issue 21): who did what when, linked to the thing changed. Platform admins read it
 * all; a project admin reads the projects they administer, one at a time.
 */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const principal = usePrincipal();
  const { params, setFilter, clearFilters } = useSearchFilters();
  const projects = useQuery(
    trpc.projects.list.queryOptions(
      { limit: 200 },
      { staleTime: 60_000, enabled: !principal.isPlatformAdmin },
    ),
  );
  const administered = (projects.data?.items ?? []).filter((project) => project.role === 'admin');
  const chosenProject = params.get('projectId') || undefined;
  // A project admin must name a project: the first they administer, until they choose another.
  const projectId = chosenProject ?? (principal.isPlatformAdmin ? undefined : administered[0]?.id);
  const actorId = params.get('actorId') || undefined;
  const canRead = principal.isPlatformAdmin || projectId !== undefined;

  const events = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { limit: PAGE_SIZE, projectId, actorId },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, enabled: canRead },
    ),
  );
  const actorEmail = actorId
    ? events.data?.pages.flatMap((page) => page.items).find((event) => event.actorId === actorId)?.actorEmail
    : null;

  if (!principal.isPlatformAdmin && !projects.isPending && administered.length === 0) {
    return (
      <Card withBorder>
        <EmptyState title={t('errors.FORBIDDEN')} description={t('audit.projectAdminsOnly')} />
      </Card>
    );
  }

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Stack gap="sm" mb="md">
        <Group gap="sm" align="flex-end">
          <ProjectFilter
            label={t('audit.filterProject')}
            placeholder={principal.isPlatformAdmin ? t('audit.allProjects') : t('audit.chooseProject')}
            value={projectId}
            onChange={(value) => setFilter('projectId', value)}
            testId="audit-filter-project"
            onlyAdministered={!principal.isPlatformAdmin}
          />
        </Group>
        {actorId && (
          <Alert variant="light" color="blue" p="xs" data-testid="audit-actor-filter">
            <Group justify="space-between" gap="xs">
              <Text size="sm">{t('audit.filteredBy', { actor: actorEmail ?? actorId.slice(0, 8) })}</Text>
              <Button size="xs" variant="subtle" onClick={() => setFilter('actorId', null)}>
                {t('audit.showEveryone')}
              </Button>
            </Group>
          </Alert>
        )}
      </Stack>
      <PagedTable
        query={events}
        testId="audit-table"
        columns={[t('audit.what'), t('audit.actor'), t('audit.target'), t('audit.project'), t('audit.when')]}
        empty={{
          title: t('audit.emptyTitle'),
          description: chosenProject || actorId ? t('audit.emptyFiltered') : t('audit.emptyText'),
          action: (chosenProject || actorId) && <ClearFiltersButton onClick={clearFilters} />,
        }}
      >
        {(event) => (
          <Table.Tr key={event.id} data-audit-id={event.id} data-event-type={event.eventType}>
            <Table.Td>
              {/* The event's own name under its label: the row stays narrow enough for "When" at 1280 px. */}
              <Stack gap={2} align="flex-start">
                <Text size="sm">{flowEventLabel(t, i18n, event.eventType)}</Text>
                <Code visibleFrom="sm" fz="xs">
                  {event.eventType}
                </Code>
              </Stack>
            </Table.Td>
            <Table.Td>
              <Anchor
                component="button"
                type="button"
                size="sm"
                title={t('audit.onlyThisPerson')}
                onClick={() => setFilter('actorId', event.actorId)}
                data-testid="audit-actor"
              >
                {event.actorEmail ?? `${t('audit.deletedUser')} ${event.actorId.slice(0, 8)}`}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Target event={event} />
            </Table.Td>
            <Table.Td>
              {event.projectId && event.projectSlug ? (
                <Anchor component={Link} to={`/projects/${event.projectId}`} size="sm" ff="monospace">
                  {event.projectSlug}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <RelativeTime value={event.createdAt} />
            </Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
    </>
  );
}
