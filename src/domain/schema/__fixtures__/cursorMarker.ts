import type { Position } from '../types';

/** The cursor in test documents; `|` cannot be used because it is YAML syntax. */
export const CURSOR = '‸';

/** Removes the cursor marker from `marked` and returns the text with the marker's position. */
export const withCursor = (marked: string): { text: string; position: Position } => {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error('test document has no cursor marker');
  const before = marked.slice(0, offset).split(/\r\n|\r|\n/);
  return {
    text: marked.slice(0, offset) + marked.slice(offset + CURSOR.length),
    position: { line: before.length, column: before[before.length - 1].length + 1 },
  };
};
