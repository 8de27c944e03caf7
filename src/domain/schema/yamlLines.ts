/*
 * Reads block-style YAML one line at a time. The editor asks for completion and hover while the
 * document is half typed and often invalid, so structure is recovered from indentation rather than
 * from a full parse that would give up at the first error.
 */

/** A sequence dash (`- `) at the start of a line, possibly one of several (`- - x`). */
export type DashEntry = { kind: 'dash'; column: number; start: number };

/** `key: value` content; `value` is '' when the value continues on the next lines. */
export type KeyEntry = {
  kind: 'key';
  column: number;
  start: number;
  end: number;
  key: string;
  colon: number;
  value: string;
  valueStart: number;
  valueEnd: number;
};

/** Content with no mapping colon: a scalar item, a key still being typed, a flow collection. */
export type TextEntry = { kind: 'text'; column: number; start: number; end: number; text: string };

export type LineEntry = DashEntry | KeyEntry | TextEntry;

/** `start`/`end` are 0-based character offsets; `column` is the visual column (tabs expanded). */
export type LineRow = {
  entries: LineEntry[];
  /** Nothing but whitespace and comments. */
  blank: boolean;
  /** `---` or `...`: a document boundary that no structure crosses. */
  documentMarker: boolean;
  commentStart?: number;
};

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

/** Visual width of `line` up to `offset`, with tabs advancing to the next tab stop. */
export const visualColumn = (line: string, offset: number, tabSize: number): number => {
  let column = 0;
  for (let i = 0; i < offset && i < line.length; i += 1) {
    column = line[i] === '\t' ? (Math.floor(column / tabSize) + 1) * tabSize : column + 1;
  }
  return column;
};

/** End offset of a quoted scalar starting at `start`, or the line length when it is unclosed. */
const closingQuote = (line: string, start: number): number => {
  const quote = line[start];
  for (let i = start + 1; i < line.length; i += 1) {
    if (quote === '"' && line[i] === '\\') i += 1;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i += 1;
      else return i + 1;
    }
  }
  return line.length;
};

/** Offset of a `#` that starts a comment at or after `from`, skipping quoted text. */
const findComment = (line: string, from: number): number | undefined => {
  for (let i = from; i < line.length; i += 1) {
    const ch = line[i];
    if ((ch === '"' || ch === "'") && (i === from || isSpace(line[i - 1]))) {
      i = closingQuote(line, i) - 1;
    } else if (ch === '#' && (i === from || isSpace(line[i - 1]))) {
      return i;
    }
  }
  return undefined;
};

/** Offset of the colon that separates a key from its value, if the content is `key:`. */
const findMappingColon = (line: string, start: number, end: number): number | undefined => {
  const first = line[start];
  if (first === '{' || first === '[' || first === '|' || first === '>' || first === '?') {
    return undefined;
  }
  let i = start;
  if (first === '"' || first === "'") {
    i = closingQuote(line, start);
    while (i < end && isSpace(line[i])) i += 1;
    return line[i] === ':' && (i + 1 >= end || isSpace(line[i + 1])) ? i : undefined;
  }
  for (; i < end; i += 1) {
    if (line[i] === ':' && (i + 1 >= end || isSpace(line[i + 1]))) return i;
  }
  return undefined;
};

const unquoteKey = (raw: string): string => {
  if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
    return raw.slice(1, -1).replace(/''/g, "'");
  }
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
    // Common escapes only: keys in values documents are plain names in practice.
    return raw.slice(1, -1).replace(/\\(["\\/])/g, '$1');
  }
  return raw;
};

const trimEndOffset = (line: string, start: number, end: number): number => {
  let e = end;
  while (e > start && isSpace(line[e - 1])) e -= 1;
  return e;
};

/** Splits the structure of one line: its dashes, then a key with its value or plain text. */
export const parseLine = (line: string, tabSize: number): LineRow => {
  let i = 0;
  while (isSpace(line[i])) i += 1;
  if (i === 0 && /^(---|\.\.\.)(\s|$)/.test(line)) {
    return { entries: [], blank: true, documentMarker: true };
  }
  const entries: LineEntry[] = [];
  while (line[i] === '-' && (i + 1 === line.length || isSpace(line[i + 1]))) {
    entries.push({ kind: 'dash', column: visualColumn(line, i, tabSize), start: i });
    i += 1;
    while (isSpace(line[i])) i += 1;
  }
  const commentStart = findComment(line, i);
  const contentEnd = trimEndOffset(line, i, commentStart ?? line.length);
  if (i >= contentEnd) {
    return { entries, blank: entries.length === 0, documentMarker: false, commentStart };
  }
  const column = visualColumn(line, i, tabSize);
  const colon = findMappingColon(line, i, contentEnd);
  if (colon === undefined) {
    entries.push({
      kind: 'text',
      column,
      start: i,
      end: contentEnd,
      text: line.slice(i, contentEnd),
    });
  } else {
    const keyEnd = trimEndOffset(line, i, colon);
    let valueStart = colon + 1;
    while (valueStart < contentEnd && isSpace(line[valueStart])) valueStart += 1;
    entries.push({
      kind: 'key',
      column,
      start: i,
      end: keyEnd,
      key: unquoteKey(line.slice(i, keyEnd)),
      colon,
      value: line.slice(valueStart, contentEnd),
      valueStart,
      valueEnd: contentEnd,
    });
  }
  return { entries, blank: false, documentMarker: false, commentStart };
};

/** An anchor or tag alone (`key: &a`, `key: !!map`) still leaves the value on the next lines. */
export const valueContinuesBelow = (value: string): boolean =>
  value === '' || /^([&!]\S*\s*)+$/.test(value);

/** Lines of a document with each line parsed on first use. */
export type LineIndex = {
  count: number;
  line: (index: number) => string;
  row: (index: number) => LineRow;
};

export const indexLines = (text: string, tabSize: number): LineIndex => {
  const lines = text.split(/\r\n|\r|\n/);
  const rows: (LineRow | undefined)[] = new Array(lines.length);
  return {
    count: lines.length,
    line: (index) => lines[index],
    row: (index) => (rows[index] ??= parseLine(lines[index], tabSize)),
  };
};
