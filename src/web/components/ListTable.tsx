import { Button, Card, Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** The bordered, horizontally scrolling table every list page shows its items in. */
export function ListTable({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <Card withBorder p={0}>
      <Table.ScrollContainer minWidth={720}>
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" data-testid={testId}>
          {children}
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/** The small red action at the end of a row (delete, remove); it opens a confirmation. */
export function RowDangerButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button size="xs" variant="subtle" color="red" onClick={onClick}>
      {children}
    </Button>
  );
}

/** The last cell of a row, holding its red action. */
export function RowDangerCell({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Table.Td ta="right">
      <RowDangerButton onClick={onClick}>{children}</RowDangerButton>
    </Table.Td>
  );
}
