import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled value of a details card (the run's summary, its trigger); a dash when there is none. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children ?? <Text size="sm">—</Text>}</div>
    </Stack>
  );
}

/** Text in a monospace font (ids, names, refs), broken anywhere; a dimmed dash when there is none. */
export function Mono({ children }: { children: string | null }) {
  return children ? (
    <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
      {children}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}
