import { EmptyState, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { ActionsHeaderCell } from './ListTable';
import { QueryState, type QueryLike } from './QueryState';

/**
 * The list of a detail page's section (one page of it): loading and error states, the empty
 * state, or a table of one row per item.
 */
export function SectionTable<Item>({
  query,
  testId,
  columns,
  empty,
  children,
}: {
  query: QueryLike<{ items: Item[] }>;
  testId?: string;
  /** The header cells, in order ('' for a column without a title, e.g. row actions), with a width where one is fixed. */
  columns: Array<string | { title: string; width: number }>;
  empty: { title: string; description?: string };
  /** One `<Table.Tr>` per item, with its key. */
  children: (item: Item) => ReactNode;
}) {
  return (
    <QueryState query={query}>
      {({ items }) =>
        items.length === 0 ? (
          <EmptyState size="sm" title={empty.title} description={empty.description} />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" data-testid={testId}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column, index) =>
                    column === '' && index === columns.length - 1 ? (
                      <ActionsHeaderCell key={index} />
                    ) : typeof column === 'string' ? (
                      <Table.Th key={index}>{column}</Table.Th>
                    ) : (
                      <Table.Th key={index} w={column.width}>
                        {column.title}
                      </Table.Th>
                    ),
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{items.map(children)}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </QueryState>
  );
}
