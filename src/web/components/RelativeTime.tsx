import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative, useNow } from '../lib/time';

/** "3 minutes ago", with the exact local time on hover; a dash when there is no time. */
export function RelativeTime({
  value,
  size = 'sm',
}: {
  value: string | null | undefined;
  size?: 'xs' | 'sm';
}) {
  const { i18n } = useTranslation();
  const now = useNow();
  if (!value) {
    return (
      <Text span size={size} c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Tooltip label={formatDateTime(value, i18n.language)} withArrow openDelay={300}>
      <Text span size={size} component="time" dateTime={value}>
        {formatRelative(value, now, i18n.language)}
      </Text>
    </Tooltip>
  );
}
