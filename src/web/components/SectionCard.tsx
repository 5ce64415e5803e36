import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One part of a detail page: a bordered card with its title and, on the right, its action. */
export function SectionCard({
  title,
  action,
  testId,
  children,
}: {
  title: ReactNode;
  action?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" data-testid={testId}>
      <Group justify="space-between" mb="md">
        <Title order={4}>{title}</Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}
