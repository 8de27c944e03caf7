import { kindOf } from './jsonValue';
import { emptyCounts } from './types';
import type { DiffCounts, DiffEntry, DiffStatus } from './types';

export type DiffFilter = {
  /** Statuses to keep; empty or missing keeps every status. */
  statuses?: readonly DiffStatus[];
  /** Case-insensitive text matched against the path and scalar values; blank matches all. */
  query?: string;
};

export type FilteredDiff = {
  entries: DiffEntry[];
  /**
   * Entries matching the query, per status, before the status filter: what a page shows on its
   * status toggles, so that each one says how many rows it would bring back.
   */
  counts: DiffCounts;
};

const scalarMatches = (value: unknown, needle: string): boolean =>
  kindOf(value) === 'scalar' && value !== undefined && String(value).toLowerCase().includes(needle);

const matchesQuery = (entry: DiffEntry, needle: string): boolean =>
  entry.path.toLowerCase().includes(needle) ||
  scalarMatches(entry.specValue, needle) ||
  scalarMatches(entry.appliedValue, needle);

/** Narrows a diff to the statuses and text a user picked; entries keep their order. */
export const filterDiff = (
  diff: { entries: readonly DiffEntry[] },
  filter: DiffFilter = {},
): FilteredDiff => {
  const needle = filter.query?.trim().toLowerCase() ?? '';
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : undefined;
  const counts = emptyCounts();
  const entries: DiffEntry[] = [];
  for (const entry of diff.entries) {
    if (needle && !matchesQuery(entry, needle)) continue;
    counts[entry.status] += 1;
    if (!statuses || statuses.has(entry.status)) entries.push(entry);
  }
  return { entries, counts };
};
