import { Badge, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RunStatus } from '../lib/trpc';

const COLORS: Record<RunStatus, string> = {
  pending: 'yellow',
  running: 'blue',
  succeeded: 'green',
  failed: 'red',
  canceled: 'gray',
};

export const RUN_STATUSES = Object.keys(COLORS) as RunStatus[];

export function isRunStatus(value: string): value is RunStatus {
  return value in COLORS;
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = isRunStatus(status);
  return (
    <Badge
      color={known ? COLORS[status] : 'gray'}
      variant="light"
      data-status={status}
      leftSection={status === 'running' ? <Loader size={10} color="blue" /> : undefined}
    >
      {known ? t(`runStatus.${status}`) : status}
    </Badge>
  );
}
