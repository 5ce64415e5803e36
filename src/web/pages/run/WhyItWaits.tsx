import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../lib/trpc';

type RunQueue = NonNullable<RouterOutputs['runs']['get']['queue']>;

/**
 * Why a pending run waits: its project's slots in use of its slots in all, and its place among the
 * project's pending runs in the order the dispatcher claims them (runs.get's `queue`).
 */
export function WhyItWaits({ queue }: { queue: RunQueue | null }) {
  const { t } = useTranslation();
  if (!queue) return null;
  const full = queue.slotsInUse >= queue.slotsTotal;
  return (
    <Alert color="yellow" variant="light" title={t('runQueue.title')} data-testid="run-queue">
      <Stack gap={4}>
        <Text size="sm" data-testid="run-queue-slots">
          {t(full ? 'runQueue.slots' : 'runQueue.slotsFree', {
            inUse: queue.slotsInUse,
            total: queue.slotsTotal,
          })}
        </Text>
        {queue.position > 0 && (
          <Text size="sm" data-testid="run-queue-position">
            {t('runQueue.position', { position: queue.position })}{' '}
            {queue.position === 1 && t('runQueue.next')}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
