import type { ValuesPath } from './schemaAtPath';
import type { Position, Range } from './types';
import type { KeyEntry, LineEntry, LineIndex, TextEntry } from './yamlLines';
import { indexLines, visualColumn } from './yamlLines';
import { containerOfEntry, containerPath, itemPath, siblingKeys } from './yamlStructure';

export type CursorOptions = {
  /** Width of a tab in the editor; a tab in the indentation counts up to the next stop. */
  tabSize?: number;
};

/** What the user is typing at the cursor, as far as completion needs to know. */
export type CursorContext = {
  /** 'key': a key of the mapping at `path`; 'value': the value of the node at `path`. */
  kind: 'key' | 'value';
  path: ValuesPath;
  /** The text typed so far, from the start of the key or value up to the cursor. */
  partial: string;
  /** What a chosen suggestion replaces: the whole key or value written on this line. */
  range: Range;
  /** Keys already written in the mapping, the one on the cursor's line excluded. */
  presentKeys: string[];
  /** The cursor's spot comes right after `- `: a new sequence item (a mapping or a scalar). */
  afterDash: boolean;
  /** Visual column (0-based) of the key or value, to indent what gets inserted below it. */
  column: number;
  /** A key whose colon is already written: a suggestion replaces the name only. */
  keyHasColon: boolean;
  /** The cursor sits right after `key:` with no space, so a value needs one in front. */
  valueNeedsSpace: boolean;
};

/** The key, value or scalar item under the cursor, for hover. */
export type EntryUnderCursor = {
  path: ValuesPath;
  on: 'key' | 'value' | 'item';
  /** The key's range, or the item's for a scalar item. */
  range: Range;
};

type CursorLine = { lines: LineIndex; row: number; line: string; offset: number; tabSize: number };

const locate = (
  text: string,
  position: Position,
  options: CursorOptions | undefined,
): CursorLine | undefined => {
  const tabSize = options?.tabSize ?? 4;
  const lines = indexLines(text, tabSize);
  const row = position.line - 1;
  if (row < 0 || row >= lines.count || position.column < 1) return undefined;
  const line = lines.line(row);
  return { lines, row, line, offset: Math.min(position.column - 1, line.length), tabSize };
};

const rangeOn = (line: number, start: number, end: number): Range => ({
  start: { line, column: start + 1 },
  end: { line, column: end + 1 },
});

/** The key or text after a line's dashes, if any. */
const contentEntry = (entries: LineEntry[], index: number): KeyEntry | TextEntry | undefined => {
  const entry = entries[index];
  return entry && entry.kind !== 'dash' ? entry : undefined;
};

/** Block scalars and flow collections are left alone: their insides are not block mappings. */
const opensNonBlockContent = (text: string): boolean => /^[|>{[]/.test(text);

const keyContext = (
  at: CursorLine,
  column: number,
  entries: LineEntry[],
  contentIndex: number,
  replace: { start: number; end: number; hasColon: boolean },
): CursorContext | undefined => {
  const { lines, row, line, offset } = at;
  const previous = entries[contentIndex - 1];
  const afterDash = previous?.kind === 'dash';
  const path = afterDash
    ? itemPath(lines, row, previous.column)
    : containerPath(lines, row, column, 'key');
  if (!path) return undefined;
  return {
    kind: 'key',
    path,
    partial: line.slice(replace.start, offset),
    range: rangeOn(row + 1, replace.start, Math.max(replace.end, offset)),
    presentKeys: siblingKeys(lines, row, column, afterDash),
    afterDash,
    column,
    keyHasColon: replace.hasColon,
    valueNeedsSpace: false,
  };
};

/** Where the cursor is in a possibly incomplete YAML document; undefined inside comments or text. */
export const cursorContextAt = (
  text: string,
  position: Position,
  options?: CursorOptions,
): CursorContext | undefined => {
  const at = locate(text, position, options);
  if (!at) return undefined;
  const { lines, row, line, offset } = at;
  const { entries, documentMarker, commentStart } = lines.row(row);
  if (documentMarker || (commentStart !== undefined && offset > commentStart)) return undefined;
  const contentIndex = entries.findIndex((e) => e.kind !== 'dash');
  const content = contentEntry(entries, contentIndex);
  if (entries.some((e) => e.kind === 'dash' && e.start >= offset)) return undefined;

  if (!content) {
    // Only indentation, dashes or a comment around the cursor: a new entry starts here.
    const column = visualColumn(line, offset, at.tabSize);
    const replace = { start: offset, end: offset, hasColon: false };
    return keyContext(at, column, entries, entries.length, replace);
  }
  if (offset < content.start) return undefined; // in the indentation, before existing text

  if (content.kind === 'key' && offset > content.colon) {
    if (opensNonBlockContent(content.value)) return undefined;
    const container = containerOfEntry(lines, row, contentIndex);
    if (!container) return undefined;
    const start = Math.min(content.valueStart, offset);
    return {
      kind: 'value',
      path: [...container, content.key],
      partial: line.slice(start, offset),
      range: rangeOn(row + 1, start, Math.max(content.valueEnd, offset)),
      presentKeys: [],
      afterDash: false,
      column: visualColumn(line, start, at.tabSize),
      keyHasColon: true,
      valueNeedsSpace: offset === content.colon + 1,
    };
  }
  if (content.kind === 'text' && opensNonBlockContent(content.text)) return undefined;
  return keyContext(at, content.column, entries, contentIndex, {
    start: content.start,
    end: content.end,
    hasColon: content.kind === 'key',
  });
};

/** The key (or its value, or a scalar sequence item) under the cursor. */
export const entryAt = (
  text: string,
  position: Position,
  options?: CursorOptions,
): EntryUnderCursor | undefined => {
  const at = locate(text, position, options);
  if (!at) return undefined;
  const { lines, row, offset } = at;
  const entries = lines.row(row).entries;
  const contentIndex = entries.findIndex((e) => e.kind !== 'dash');
  const content = contentEntry(entries, contentIndex);
  if (!content) return undefined;
  if (content.kind === 'text') {
    const previous = entries[contentIndex - 1];
    if (previous?.kind !== 'dash' || offset < content.start || offset >= content.end) {
      return undefined;
    }
    const path = itemPath(lines, row, previous.column);
    return path && { path, on: 'item', range: rangeOn(row + 1, content.start, content.end) };
  }
  const onKey = offset >= content.start && offset <= content.colon;
  const onValue = offset >= content.valueStart && offset < content.valueEnd;
  if (!onKey && !onValue) return undefined;
  const container = containerOfEntry(lines, row, contentIndex);
  return (
    container && {
      path: [...container, content.key],
      on: onKey ? 'key' : 'value',
      range: rangeOn(row + 1, content.start, content.end),
    }
  );
};
