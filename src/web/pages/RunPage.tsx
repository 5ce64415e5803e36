import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Code,
  EmptyState,
  Group,
  Loader,
  SimpleGrid,
  Spoiler,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Field, Mono } from '../components/FieldValue';
import { PageHeader } from '../components/PageHeader';
import { RunTriggerCard } from '../components/run-trigger/RunTriggerCard';
import { ErrorAlert, QueryState } from '../components/QueryState';
import { RelativeTime } from '../components/RelativeTime';
import { RunLogPanel } from '../components/run-log/RunLogPanel';
import { StatusBadge } from '../components/StatusBadge';
import { notifyError, notifySuccess } from '../components/notify';
import { apiErrorCode } from '../lib/errors';
import { canWriteProject, usePrincipal } from '../lib/principal';
import { elapsed, useNow } from '../lib/time';
import { useTRPC, type Run, type RouterOutputs } from '../lib/trpc';

/** runs.events' item; the live stream types actorType as a plain string, hence the widening. */
type FlowEvent = Omit<RouterOutputs['runs']['events']['items'][number], 'actorType'> & { actorType: string };
const ACTIVE = new Set(['pending', 'running']);

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

/** How long the run took, ticking every second while it still runs. */
function Duration({ from, to }: { from: string; to: string | null }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const { minutes, seconds } = elapsed(from, to, now);
  return (
    <Text size="sm">
      {minutes > 0 ? t('time.minutesSeconds', { minutes, seconds }) : t('time.seconds', { seconds })}
    </Text>
  );
}

function PayloadSummary({ run, payload }: { run: Run; payload: unknown }) {
  const { t } = useTranslation();
  const yesNo = (value: string | null) =>
    value === null ? null : value === 'true' ? t('common.yes') : t('common.no');
  return (
    <Card withBorder padding="lg">
      <Title order={4} mb="md">
        {t('run.summary')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        <Field label={t('run.repository')}>
          <Mono>{run.repositoryFullName || pick(payload, 'repository.full_name')}</Mono>
        </Field>
        <Field label={t('run.event')}>
          <Mono>
            {[run.eventType || pick(payload, 'event'), run.action || pick(payload, 'action')]
              .filter(Boolean)
              .join(' · ') || null}
          </Mono>
        </Field>
        <Field label={t('run.sender')}>
          <Mono>{run.senderLogin || pick(payload, 'sender.login')}</Mono>
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
        {run.startedAt && (
          <Field label={t('run.duration')}>
            <Duration from={run.startedAt} to={run.finishedAt} />
          </Field>
        )}
      </SimpleGrid>
      <Spoiler maxHeight={0} showLabel={t('run.showRawPayload')} hideLabel={t('run.hideRawPayload')} mt="md">
        <Code block style={{ maxHeight: 420, overflow: 'auto' }}>
          {JSON.stringify(payload, null, 2)}
        </Code>
      </Spoiler>
    </Card>
  );
}

function eventColor(eventType: string): string {
  if (eventType.includes('failed')) return 'red';
  if (eventType.includes('succeeded')) return 'green';
  if (eventType.includes('canceled')) return 'gray';
  if (eventType.includes('started')) return 'blue';
  return 'yellow';
}

/**
 * Why the live stream ended for good, when it did: the session expired (UNAUTHORIZED) or the
 * caller's access to the run was revoked (FORBIDDEN). tRPC does not reconnect after either.
 */
function streamEndReason(error: unknown): 'session' | 'access' | null {
  const code = apiErrorCode(error);
  return code === 'UNAUTHORIZED' ? 'session' : code === 'FORBIDDEN' ? 'access' : null;
}

/** The run's flow events, streamed over SSE; the stream resumes from the last seen id after a drop. */
function LiveTimeline({ runId, onEvent }: { runId: string; onEvent: () => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [events, setEvents] = useState<FlowEvent[]>([]);
  useEffect(() => setEvents([]), [runId]);
  const onData = useCallback(
    ({ data }: { id: string; data: FlowEvent }) => {
      setEvents((current) =>
        current.some((event) => event.id === data.id)
          ? current
          : [...current, data].sort((a, b) => a.id - b.id),
      );
      onEvent();
    },
    [onEvent],
  );
  const subscription = useSubscription(trpc.runs.watchEvents.subscriptionOptions({ runId }, { onData }));
  const live = subscription.status === 'pending';
  const ended = subscription.status === 'error' ? streamEndReason(subscription.error) : null;
  useEffect(() => {
    // Asking auth.me again lets the app's one handler of UNAUTHORIZED send the user to sign in.
    if (ended === 'session') void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
  }, [ended, queryClient, trpc]);

  return (
    <Card withBorder padding="lg" data-testid="run-timeline">
      <Group justify="space-between" mb="md">
        <Title order={4}>{t('run.timeline')}</Title>
        <Badge
          variant="dot"
          color={live ? 'green' : subscription.status === 'error' ? 'red' : 'yellow'}
          data-testid="timeline-connection"
        >
          {live
            ? t('run.live')
            : ended
              ? t('run.streamEnded')
              : subscription.status === 'error'
                ? t('run.disconnected')
                : t('run.connecting')}
        </Badge>
      </Group>
      {subscription.status === 'error' && (
        <Stack mb="md">
          {ended ? (
            <Alert color="orange" variant="light" title={t('run.streamEnded')} data-testid="timeline-ended">
              {t(ended === 'session' ? 'run.sessionExpired' : 'run.accessRevoked')}
            </Alert>
          ) : (
            <ErrorAlert error={subscription.error} onRetry={() => subscription.reset()} />
          )}
        </Stack>
      )}
      {events.length === 0 ? (
        subscription.status === 'connecting' ? (
          <Group gap="sm">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('common.loading')}
            </Text>
          </Group>
        ) : (
          <EmptyState size="sm" title={t('run.noEvents')} />
        )
      ) : (
        <Timeline active={events.length - 1} bulletSize={16} lineWidth={2}>
          {events.map((event) => {
            const labelKey = `flowEvents.${event.eventType.replace(/[^a-z0-9]+/gi, '_')}`;
            // Unknown event types still show, by their technical name.
            const label = i18n.exists(labelKey) ? t(labelKey as 'flowEvents.run_started') : event.eventType;
            const payload = event.payload;
            const hasPayload =
              payload !== null &&
              payload !== undefined &&
              !(typeof payload === 'object' && Object.keys(payload).length === 0);
            return (
              <Timeline.Item
                key={event.id}
                color={eventColor(event.eventType)}
                data-event-type={event.eventType}
                title={
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {label}
                    </Text>
                    <Code>{event.eventType}</Code>
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  <RelativeTime value={event.createdAt} size="xs" /> ·{' '}
                  {t(`actorTypes.${event.actorType === 'staff' ? 'staff' : 'system'}`)} {event.actorId}
                </Text>
                {hasPayload && (
                  <Spoiler
                    maxHeight={0}
                    showLabel={<Text size="xs">{t('run.details')}</Text>}
                    hideLabel={<Text size="xs">{t('run.hideDetails')}</Text>}
                  >
                    <Code block mt={4}>
                      {JSON.stringify(payload, null, 2)}
                    </Code>
                  </Spoiler>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Card>
  );
}

function LearningFeedbackCard({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const feedback = useQuery(trpc.runs.learningFeedback.queryOptions({ runId }));
  return (
    <Card withBorder padding="lg" data-testid="learning-feedback">
      <Title order={4} mb="md">
        {t('run.learningFeedback')}
      </Title>
      <QueryState query={feedback}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState size="sm" title={t('run.noFeedback')} description={t('run.noFeedbackText')} />
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('run.feedbackKind')}</Table.Th>
                    <Table.Th>{t('run.feedbackWhere')}</Table.Th>
                    <Table.Th>{t('run.feedbackExplanation')}</Table.Th>
                    <Table.Th>{t('common.created')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((item) => (
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
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </Card>
  );
}

export function RunPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const principal = usePrincipal();
  const queryClient = useQueryClient();
  const { runId = '' } = useParams();
  const run = useQuery(
    trpc.runs.get.queryOptions(
      { runId },
      {
        refetchInterval: (query) =>
          query.state.data && ACTIVE.has(query.state.data.run.status) ? 2000 : false,
      },
    ),
  );
  const projectId = run.data?.run.projectId || null;
  // The caller's role in the run's project decides whether cancel is offered; admins may always.
  const project = useQuery(
    trpc.projects.get.queryOptions(projectId && !principal.isPlatformAdmin ? { projectId } : skipToken),
  );
  const canCancel = principal.isPlatformAdmin || canWriteProject(principal, project.data?.role);

  const refreshRun = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.runs.get.queryKey({ runId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.runs.learningFeedback.queryKey({ runId }) });
  }, [queryClient, trpc, runId]);

  const cancel = useMutation(
    trpc.runs.cancel.mutationOptions({
      onSuccess: () => {
        refreshRun();
        void queryClient.invalidateQueries({ queryKey: trpc.runs.list.pathKey() });
        notifySuccess(t('run.canceled'));
      },
      onError: (error) => notifyError(t, error),
    }),
  );
  const confirmCancel = () =>
    modals.openConfirmModal({
      title: t('run.cancelTitle'),
      children: <Text size="sm">{t('run.cancelText')}</Text>,
      labels: { confirm: t('run.cancel'), cancel: t('common.back') },
      confirmProps: { color: 'red', 'data-testid': 'confirm-cancel-run' } as Record<string, string>,
      onConfirm: () => cancel.mutate({ runId }),
    });

  return (
    <QueryState query={run}>
      {({ run: current, payload }) => (
        <Stack gap="lg">
          <Breadcrumbs>
            <Anchor component={Link} to="/runs" size="sm">
              {t('runs.title')}
            </Anchor>
            <Text size="sm" ff="monospace">
              {current.id.slice(0, 8)}
            </Text>
          </Breadcrumbs>
          <PageHeader
            title={
              <Group gap="sm">
                <span>{current.repositoryFullName || t('run.title')}</span>
                <span data-testid="run-status">
                  <StatusBadge status={current.status} />
                </span>
              </Group>
            }
            description={
              <Text span size="sm" ff="monospace">
                {current.id}
              </Text>
            }
            actions={
              ACTIVE.has(current.status) &&
              canCancel && (
                <Button
                  color="red"
                  variant="light"
                  loading={cancel.isPending}
                  onClick={confirmCancel}
                  data-testid="cancel-run"
                >
                  {t('run.cancel')}
                </Button>
              )
            }
          />
          <PayloadSummary run={current} payload={payload} />
          <RunTriggerCard payload={payload} />
          <RunLogPanel runId={current.id} runFinished={!ACTIVE.has(current.status)} />
          <LiveTimeline runId={current.id} onEvent={refreshRun} />
          <LearningFeedbackCard runId={current.id} />
        </Stack>
      )}
    </QueryState>
  );
}
