import { Card, EmptyState, Stack, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { ActionsHeaderCell, ListTable } from './ListTable';
import { LoadMore, type PagedQuery } from './LoadMore';
import { QueryState, type QueryLike } from './QueryState';

interface PagedTableProps<Item> {
  /** A cursor-paginated list (TanStack Query's useInfiniteQuery result over pages of `items`). */
  query: QueryLike<{ pages: { items: Item[] }[] }> & PagedQuery;
  testId: string;
  /** The header cells, in order; an empty string for a column without a title (row actions). */
  columns: ReactNode[];
  /** What an empty list says, and what one can do about it (e.g. clear the filters). */
  empty: { title: string; description?: string; action?: ReactNode };
  /** One `<Table.Tr>` per item, with its key. */
  children: (item: Item) => ReactNode;
}

/**
 * A list page's body: loading and error states, the empty state, then the items of every page
 * loaded so far in one table, with "Load more" under it.
 */
export function PagedTable<Item>({ query, testId, columns, empty, children }: PagedTableProps<Item>) {
  return (
    <QueryState query={query}>
      {(data) => {
        const items = data.pages.flatMap((page) => page.items);
        if (items.length === 0) {
          return (
            <Card withBorder>
              <EmptyState title={empty.title} description={empty.description}>
                {empty.action && <EmptyState.Actions>{empty.action}</EmptyState.Actions>}
              </EmptyState>
            </Card>
          );
        }
        return (
          <Stack gap="md">
            <ListTable testId={testId}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column, index) =>
                    column === '' && index === columns.length - 1 ? (
                      <ActionsHeaderCell key={index} />
                    ) : (
                      <Table.Th key={index}>{column}</Table.Th>
                    ),
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{items.map(children)}</Table.Tbody>
            </ListTable>
            <LoadMore query={query} />
          </Stack>
        );
      }}
    </QueryState>
  );
}
