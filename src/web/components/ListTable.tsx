import { Button, Card, Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** The bordered, horizontally scrolling table every list page shows its items in. */
export function ListTable({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <Card withBorder p={0}>
      <Table.ScrollContainer minWidth={720}>
        {/* Cells keep their text on one line; the table scrolls inside its card instead of
            squeezing a column to a letter per line on a phone. */}
        <Table
          highlightOnHover
          verticalSpacing="sm"
          horizontalSpacing="md"
          style={{ whiteSpace: 'nowrap' }}
          data-testid={testId}
        >
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

/** Where a row's actions stick: the right edge of the card, over the columns scrolling under them. */
export const stickyRight = {
  position: 'sticky',
  right: 0,
  background: 'var(--mantine-color-body)',
  whiteSpace: 'nowrap',
  boxShadow: 'inset 1px 0 0 var(--mantine-color-gray-2)',
} as const;

/** The header cell above the rows' actions: untitled, and sticking where they stick. */
export function ActionsHeaderCell() {
  return <Table.Th style={stickyRight} />;
}

/**
 * The last cell of a row, holding its actions. It sticks to the right edge of the table's card, so
 * on a narrow screen the actions stay in view while the other columns scroll under them.
 */
export function RowActionsCell({ children }: { children: ReactNode }) {
  return (
    <Table.Td ta="right" style={stickyRight}>
      {children}
    </Table.Td>
  );
}

/** The last cell of a row, holding its red action. */
export function RowDangerCell({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <RowActionsCell>
      <RowDangerButton onClick={onClick}>{children}</RowDangerButton>
    </RowActionsCell>
  );
}
