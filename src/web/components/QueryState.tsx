import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import { isUnreachableError } from '../lib/reachability';

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

/** An API error in words, with a retry button when retrying can help. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const { title, detail } = describeError(t, error);
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap="xs">
        {detail && <Text size="sm">{detail}</Text>}
        {onRetry && (
          <Group>
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {label ?? t('common.loading')}
        </Text>
      </Group>
    </Center>
  );
}

export interface QueryLike<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * Loading, error and data states of one query, the same way on every page. A refresh that fails
 * keeps what was loaded: when the platform is unreachable the layout's banner says it may be out of
 * date; any other failure shows above it.
 */
export function QueryState<T>({
  query,
  children,
}: {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <LoadingState />;
  if (query.data === undefined)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isError && !isUnreachableError(query.error))
    return (
      <Stack gap="md">
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        {children(query.data)}
      </Stack>
    );
  return <>{children(query.data)}</>;
}
