import { Alert, Badge, Code, EmptyState, Group, Loader, Spoiler, Stack, Text, Timeline } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/QueryState';
import { RelativeTime } from '../../components/RelativeTime';
import { SectionCard } from '../../components/SectionCard';
import { apiErrorCode } from '../../lib/errors';
import { flowEventLabel } from '../../lib/labels';
import { useTRPC, type RouterOutputs } from '../../lib/trpc';

/** runs.events' item; the live stream types actorType as a plain string, hence the widening. */
type FlowEvent = Omit<RouterOutputs['runs']['events']['items'][number], 'actorType'> & { actorType: string };

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

/** Who did it: a person by email, the platform's own parts by name, in the reader's language. */
function ActorText({ event }: { event: FlowEvent }) {
  const { t, i18n } = useTranslation();
  const email = 'actorEmail' in event && typeof event.actorEmail === 'string' ? event.actorEmail : '';
  if (event.actorType === 'staff')
    return <span data-actor={event.actorId}>{email || `${t('actorTypes.staff')} ${event.actorId}`}</span>;
  const key = `systemActors.${event.actorId.replace(/[^a-z0-9]+/gi, '_')}`;
  return (
    <span data-actor={event.actorId}>
      {i18n.exists(key)
        ? t(key as 'systemActors.github_webhook')
        : `${t('actorTypes.system')} ${event.actorId}`}
    </span>
  );
}

/**
 * The run's flow events, streamed over SSE; the stream resumes from the last seen id after a drop.
 * "Live" only while the run can still change; a finished run's timeline says it is complete.
 */
export function LiveTimeline({
  runId,
  onEvent,
  runFinished = false,
}: {
  runId: string;
  onEvent: () => void;
  runFinished?: boolean;
}) {
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
    <SectionCard
      title={t('run.timeline')}
      testId="run-timeline"
      action={
        <Badge
          variant="dot"
          color={live ? (runFinished ? 'gray' : 'green') : subscription.status === 'error' ? 'red' : 'yellow'}
          data-testid="timeline-connection"
          data-connection={subscription.status}
        >
          {live
            ? runFinished
              ? t('run.timelineComplete')
              : t('run.live')
            : ended
              ? t('run.streamEnded')
              : subscription.status === 'error'
                ? t('run.disconnected')
                : t('run.connecting')}
        </Badge>
      }
    >
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
            // Unknown event types still show, by their technical name.
            const label = flowEventLabel(t, i18n, event.eventType);
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
                  <RelativeTime value={event.createdAt} size="xs" /> · <ActorText event={event} />
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
    </SectionCard>
  );
}
