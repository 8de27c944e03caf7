/*
 * Recovers the path of a line's mapping or sequence by walking up through less-indented lines.
 * Only the lines above matter, so text that is broken further down never hides the context.
 */
import type { ValuesPath } from './schemaAtPath';
import type { LineEntry, LineIndex } from './yamlLines';
import { valueContinuesBelow } from './yamlLines';

const shallowestEntryBelow = (entries: LineEntry[], column: number): number => {
  let found = -1;
  entries.forEach((entry, index) => {
    if (entry.column < column) found = index;
  });
  return found;
};

/** Index of a sequence item: how many earlier dashes of the same sequence precede it. */
const itemIndex = (lines: LineIndex, row: number, dashColumn: number): number => {
  const own = lines.row(row).entries;
  if (own.findIndex((e) => e.column === dashColumn) > 0) return 0;
  let count = 0;
  for (let k = row - 1; k >= 0; k -= 1) {
    const { entries, blank, documentMarker } = lines.row(k);
    if (documentMarker) break;
    if (blank) continue;
    const index = entries.findIndex((e) => e.column === dashColumn);
    if (index >= 0) {
      if (entries[index].kind !== 'dash') break;
      count += 1;
      if (index > 0) break;
    } else if (entries.some((e) => e.column < dashColumn)) {
      break;
    }
  }
  return count;
};

/** Path of the sequence item whose dash sits at `dashColumn` on `row`. */
export const itemPath = (
  lines: LineIndex,
  row: number,
  dashColumn: number,
): ValuesPath | undefined => {
  const entries = lines.row(row).entries;
  const index = entries.findIndex((e) => e.column === dashColumn);
  const sequence = containerOfEntry(lines, row, index);
  return sequence && [...sequence, itemIndex(lines, row, dashColumn)];
};

/** Path of the node that holds entry `index` of `row` (a key's mapping or a dash's sequence). */
export const containerOfEntry = (
  lines: LineIndex,
  row: number,
  index: number,
): ValuesPath | undefined => {
  const entries = lines.row(row).entries;
  const previous = entries[index - 1];
  if (previous?.kind === 'dash') return itemPath(lines, row, previous.column);
  const entry = entries[index];
  return containerPath(lines, row, entry.column, entry.kind === 'dash' ? 'dash' : 'key');
};

/** Path below a key whose value continues on the following lines, or undefined for a scalar. */
const belowKey = (lines: LineIndex, row: number, index: number): ValuesPath | undefined => {
  const entry = lines.row(row).entries[index];
  if (entry.kind === 'dash') return undefined;
  const name = entry.kind === 'key' ? entry.key : entry.text;
  // A colon-less word is taken as a key still being typed; a scalar item is not a parent.
  if (entry.kind === 'text' && lines.row(row).entries[index - 1]?.kind === 'dash') return undefined;
  if (entry.kind === 'key' && !valueContinuesBelow(entry.value)) return undefined;
  const container = containerOfEntry(lines, row, index);
  return container && [...container, name];
};

/**
 * Path of the mapping (entry 'key') or sequence (entry 'dash') that an entry at `column` on `row`
 * belongs to. Undefined when that spot is inside a scalar (block text, a multi-line string).
 */
export const containerPath = (
  lines: LineIndex,
  row: number,
  column: number,
  entry: 'key' | 'dash',
): ValuesPath | undefined => {
  for (let k = row - 1; k >= 0; k -= 1) {
    const { entries, blank, documentMarker } = lines.row(k);
    if (documentMarker) return [];
    if (blank) continue;
    const same = entries.findIndex((e) => e.column === column);
    if (same >= 0) {
      const found = entries[same];
      const startsItem = same > 0 && entries[same - 1].kind === 'dash';
      if (entry === 'key' && found.kind !== 'dash') {
        if (startsItem) return itemPath(lines, k, entries[same - 1].column);
        continue; // a sibling key
      }
      if (entry === 'key') continue; // a sibling's sequence written at the key's own indentation
      if (found.kind === 'dash') {
        if (startsItem) return itemPath(lines, k, entries[same - 1].column);
        continue; // an earlier item of the same sequence
      }
      // `key:` followed by `- item` at the same indentation.
      return found.kind === 'key' ? belowKey(lines, k, same) : undefined;
    }
    const parent = shallowestEntryBelow(entries, column);
    if (parent < 0) continue; // deeper content of a sibling
    if (parent < entries.length - 1) return undefined; // misaligned: content straddles the column
    const candidate = entries[parent];
    if (candidate.kind === 'dash') return itemPath(lines, k, candidate.column);
    return belowKey(lines, k, parent);
  }
  return [];
};

/** Keys already written in the mapping that has a key at `column` on `row` (that row excluded). */
export const siblingKeys = (
  lines: LineIndex,
  row: number,
  column: number,
  startsItem: boolean,
): string[] => {
  const keys: string[] = [];
  // Returns false when the walk has left the mapping.
  const visit = (k: number, upward: boolean): boolean => {
    const { entries, blank, documentMarker } = lines.row(k);
    if (documentMarker) return false;
    if (blank) return true;
    const same = entries.findIndex((e) => e.column === column);
    if (same < 0) return !entries.some((e) => e.column < column);
    const found = entries[same];
    const itemStart = found.kind !== 'dash' && same > 0 && entries[same - 1].kind === 'dash';
    if (itemStart && !upward) return false; // the next item's mapping
    if (found.kind === 'key') keys.push(found.key);
    return !itemStart;
  };
  if (!startsItem) {
    for (let k = row - 1; k >= 0 && visit(k, true); k -= 1);
    keys.reverse(); // document order
  }
  for (let k = row + 1; k < lines.count && visit(k, false); k += 1);
  return keys;
};
