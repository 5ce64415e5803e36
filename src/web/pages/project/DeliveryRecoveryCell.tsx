import { Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../components/notify';
import { RelativeTime } from '../../components/RelativeTime';
import { useTRPC, type Repository } from '../../lib/trpc';

/**
 * The walk of a repository webhook's delivery log (SPEC §14): when it last ran, how many missed
 * deliveries came back, why the last walk failed; project admins can run one now.
 */
export function DeliveryRecoveryCell({
  projectId,
  repository,
  canRecover,
}: {
  projectId: string;
  repository: Repository;
  canRecover: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const recovery = repository.recovery;
  const check = useMutation(
    trpc.repositories.recoverDeliveries.mutationOptions({
      onSuccess: (result) => notifySuccess(t('repositories.recoveryChecked', result)),
      onError: (error) => notifyError(t, error),
      // A failed walk is recorded too: the row shows its error either way.
      onSettled: () =>
        queryClient.invalidateQueries({ queryKey: trpc.repositories.list.queryKey({ projectId }) }),
    }),
  );
  return (
    <Stack gap={4} data-testid="delivery-recovery">
      <Group gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {t('repositories.lastWalk')}
        </Text>
        <RelativeTime size="xs" value={recovery?.lastWalkAt} />
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Badge
          variant="light"
          color={recovery && recovery.recoveredTotal > 0 ? 'blue' : 'gray'}
          data-testid="deliveries-recovered"
        >
          {t('repositories.recoveredCount', { count: recovery?.recoveredTotal ?? 0 })}
        </Badge>
        {recovery && recovery.outcome !== 'ok' && (
          <Tooltip label={recovery.error ?? ''} multiline w={320} withArrow disabled={!recovery.error}>
            <Badge variant="light" color="red" data-testid="recovery-outcome">
              {t(`repositories.recoveryOutcome.${recovery.outcome}`)}
            </Badge>
          </Tooltip>
        )}
      </Group>
      {recovery?.error && (
        <Text size="xs" c="red" data-testid="recovery-error" maw={360}>
          {recovery.error}
        </Text>
      )}
      {canRecover && (
        <Button
          size="compact-xs"
          variant="default"
          w="fit-content"
          loading={check.isPending}
          onClick={() => check.mutate({ projectId, repositoryId: repository.id })}
        >
          {t('repositories.checkNow')}
        </Button>
      )}
    </Stack>
  );
}
