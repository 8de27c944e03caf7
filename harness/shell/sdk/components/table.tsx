import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { TableColumn } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Bullseye, EmptyState, Spinner } from '@patternfly/react-core';
import type { ThProps } from '@patternfly/react-table';
import { SortByDirection, Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useMemo, useState } from 'react';

const valueAt = (obj: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (o, key) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined),
      obj,
    );

const compare = (a: unknown, b: unknown): number =>
  typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a ?? '').localeCompare(String(b ?? ''), undefined, { numeric: true });

const sortRows = <D,>(
  data: D[],
  column: TableColumn<D> | undefined,
  direction: SortByDirection,
): D[] => {
  if (!column?.sort) return data;
  if (typeof column.sort === 'function') return column.sort(data, direction);
  const path = column.sort;
  const sorted = [...data].sort((a, b) => compare(valueAt(a, path), valueAt(b, path)));
  return direction === SortByDirection.desc ? sorted.reverse() : sorted;
};

/** The console's table, without virtualization: every row is rendered. */
export const VirtualizedTable: typeof SDK.VirtualizedTable = ({
  data,
  unfilteredData,
  loaded,
  loadError,
  columns,
  Row,
  NoDataEmptyMsg,
  EmptyMsg,
  rowData,
  label,
  'aria-label': ariaLabel,
  sortColumnIndex = 0,
  sortDirection = SortByDirection.asc,
}) => {
  const [sortBy, setSortBy] = useState({ index: sortColumnIndex, direction: sortDirection });
  const activeColumnIDs = useMemo(() => new Set(columns.map((c) => c.id)), [columns]);
  const rows = useMemo(
    () => sortRows(data ?? [], columns[sortBy.index], sortBy.direction),
    [data, columns, sortBy],
  );

  if (loadError) {
    return (
      <Alert isInline variant="danger" title="Error loading resources">
        {String((loadError as Error).message ?? loadError)}
      </Alert>
    );
  }
  if (!loaded) {
    return (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    );
  }
  if (!unfilteredData?.length)
    return NoDataEmptyMsg ? (
      <NoDataEmptyMsg />
    ) : (
      <EmptyState titleText="No resources found" headingLevel="h2" />
    );
  if (!rows.length)
    return EmptyMsg ? (
      <EmptyMsg />
    ) : (
      <EmptyState titleText="No resources match the filter" headingLevel="h2" />
    );

  const sortParams = (index: number, column: TableColumn<unknown>): ThProps['sort'] =>
    column.sort
      ? {
          sortBy: { index: sortBy.index, direction: sortBy.direction },
          columnIndex: index,
          onSort: (_e, i, direction) =>
            setSortBy({ index: i, direction: direction as SortByDirection }),
        }
      : undefined;

  return (
    <Table aria-label={ariaLabel ?? label} variant="compact">
      <Thead>
        <Tr>
          {columns.map((column, index) => (
            <Th
              key={column.id}
              sort={sortParams(index, column as TableColumn<unknown>)}
              className={column.props?.className as string | undefined}
            >
              {column.title}
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((obj, index) => (
          <Tr key={(obj as { metadata?: { uid?: string } }).metadata?.uid ?? index}>
            <Row
              obj={obj}
              rowData={rowData as never}
              activeColumnIDs={activeColumnIDs}
              index={index}
            />
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

export const TableData: typeof SDK.TableData = ({ id, activeColumnIDs, className, children }) =>
  id && !activeColumnIDs.has(id) ? null : (
    <Td className={className} dataLabel={id}>
      {children}
    </Td>
  );

/** Columns marked `additional` stay hidden, as they do until the user manages columns. */
export const useActiveColumns: typeof SDK.useActiveColumns = ({ columns }) => {
  const active = useMemo(() => columns.filter((c) => !c.additional), [columns]);
  return [active, true];
};
