import type { ValuesPath } from '../schema/schemaAtPath';
import type { DiffEntry } from './types';
import { formatValuesPath } from '../valuesPath';

/** The `added` entries under one top-level key (e.g. everything a profile put under `global`). */
export type AddedGroup = {
  /** Formatted top-level path, e.g. `global`; '' for a root that is not an object. */
  path: string;
  segments: ValuesPath;
  entries: DiffEntry[];
};

/** Groups `added` entries by their top-level key, in the order the groups first appear. */
export const groupAddedByTopLevelKey = (entries: readonly DiffEntry[]): AddedGroup[] => {
  const groups = new Map<string | number | undefined, AddedGroup>();
  for (const entry of entries) {
    if (entry.status !== 'added') continue;
    const top = entry.segments[0];
    let group = groups.get(top);
    if (!group) {
      const segments = top === undefined ? [] : [top];
      group = { path: formatValuesPath(segments), segments, entries: [] };
      groups.set(top, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()];
};

/** One row of a diff table: an entry, or a collapsible group of added entries. */
export type DiffRow =
  | { kind: 'entry'; entry: DiffEntry }
  | { kind: 'added-group'; group: AddedGroup; expanded: boolean };

export type DiffRowOptions = {
  /** Paths of groups (AddedGroup.path) the user expanded. */
  expanded?: ReadonlySet<string>;
  /** Smaller groups are listed entry by entry without a group row. */
  minGroupSize?: number;
};

const DEFAULT_MIN_GROUP_SIZE = 5;

/**
 * Rows for a diff table where the many `added` leaves under a top-level key collapse into one
 * row placed where the first of them would be. The user's own entries always stay visible and
 * in place; expanding a group shows its entries in their natural positions.
 */
export const buildDiffRows = (
  entries: readonly DiffEntry[],
  options: DiffRowOptions = {},
): DiffRow[] => {
  const minGroupSize = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const groupOf = new Map<DiffEntry, AddedGroup>();
  for (const group of groupAddedByTopLevelKey(entries)) {
    if (group.entries.length < minGroupSize) continue;
    for (const entry of group.entries) groupOf.set(entry, group);
  }
  const rows: DiffRow[] = [];
  const placed = new Set<AddedGroup>();
  for (const entry of entries) {
    const group = groupOf.get(entry);
    if (!group) {
      rows.push({ kind: 'entry', entry });
      continue;
    }
    const expanded = options.expanded?.has(group.path) ?? false;
    if (!placed.has(group)) {
      placed.add(group);
      rows.push({ kind: 'added-group', group, expanded });
    }
    if (expanded) rows.push({ kind: 'entry', entry });
  }
  return rows;
};
