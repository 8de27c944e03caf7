import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type {
  FilterValue,
  K8sResourceCommon,
  RowFilter,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  SearchInput,
  ToggleGroup,
  ToggleGroupItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { useCallback, useMemo, useState } from 'react';

type Filters = Record<string, FilterValue>;

const matchesName = (obj: unknown, text: string) =>
  ((obj as K8sResourceCommon).metadata?.name ?? '').toLowerCase().includes(text.toLowerCase());

const matchesLabels = (obj: unknown, selected: string[]) => {
  const labels = (obj as K8sResourceCommon).metadata?.labels ?? {};
  return selected.every((term) => {
    const [key, value] = term.split('=');
    return value === undefined ? key in labels : labels[key] === value;
  });
};

const applyFilters = <D,>(data: D[], filters: Filters, rowFilters: SDK.RowFilter[]): D[] =>
  data.filter((obj) =>
    Object.entries(filters).every(([type, value]) => {
      if (!value?.selected?.length) return true;
      if (type === 'name') return matchesName(obj, value.selected[0] ?? '');
      if (type === 'labels') return matchesLabels(obj, value.selected);
      const rowFilter = rowFilters.find((f) => f.type === type);
      return rowFilter ? rowFilter.filter(value, obj) : true;
    }),
  );

/** [data after static filters, data after every filter, onFilterChange]. */
export const useListPageFilter: typeof SDK.useListPageFilter = (
  data,
  rowFilters = [],
  staticFilters = {},
) => {
  const [filters, setFilters] = useState<Filters>({});
  const filtersList = rowFilters as RowFilter[];
  const staticData = useMemo(
    () => applyFilters(data ?? [], staticFilters, filtersList),
    [data, staticFilters, filtersList],
  );
  const filtered = useMemo(
    () => applyFilters(staticData, filters, filtersList),
    [staticData, filters, filtersList],
  );
  const onFilterChange = useCallback(
    (type: string, value: FilterValue) => setFilters((f) => ({ ...f, [type]: value })),
    [],
  );
  return [staticData, filtered, onFilterChange];
};

export const ListPageFilter: typeof SDK.ListPageFilter = ({
  onFilterChange,
  rowFilters = [],
  hideNameLabelFilters,
  nameFilterPlaceholder,
  data,
}) => {
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<Record<string, string[]>>({});
  const toggle = (filter: RowFilter, id: string) => {
    const current = selected[filter.type] ?? [];
    const next = current.includes(id) ? current.filter((s) => s !== id) : [...current, id];
    setSelected({ ...selected, [filter.type]: next });
    onFilterChange(filter.type, { selected: next, all: filter.items.map((i) => i.id) });
  };
  return (
    <Toolbar>
      <ToolbarContent>
        {rowFilters.map((filter) => (
          <ToolbarItem key={filter.type}>
            <ToggleGroup aria-label={filter.filterGroupName}>
              {filter.items.map((item) => (
                <ToggleGroupItem
                  key={item.id}
                  text={`${item.title} (${(data as unknown[] | undefined)?.filter((o) => ('isMatch' in filter ? filter.isMatch(o, item.id) : filter.reducer(o) === item.id)).length ?? 0})`}
                  isSelected={(selected[filter.type] ?? []).includes(item.id)}
                  onChange={() => toggle(filter, item.id)}
                />
              ))}
            </ToggleGroup>
          </ToolbarItem>
        ))}
        {!hideNameLabelFilters && (
          <ToolbarItem>
            <SearchInput
              placeholder={nameFilterPlaceholder ?? 'Filter by name'}
              value={name}
              aria-label="Filter by name"
              onChange={(_, value) => {
                setName(value);
                onFilterChange('name', { selected: [value] });
              }}
              onClear={() => {
                setName('');
                onFilterChange('name', { selected: [] });
              }}
            />
          </ToolbarItem>
        )}
      </ToolbarContent>
    </Toolbar>
  );
};
