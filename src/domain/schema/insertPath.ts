import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import type { JSONSchemaProps } from '../../k8s/types';
import { skeletonFor } from './explainSchema';
import { schemaAtPath } from './schemaAtPath';
import type { Position } from './types';
import { parseValuesSource } from './yamlSource';

/** Text to insert at a position, and where the cursor goes afterwards (in the new document). */
export type PathInsertion = { at: Position; text: string; cursor: Position };

export type PathInsertionResult =
  | { kind: 'insert'; insertion: PathInsertion }
  /** The document already has the whole path: the cursor goes to its key. */
  | { kind: 'present'; cursor: Position }
  /** A parent on the path is written as a scalar or a flow collection, which is not extended. */
  | { kind: 'blocked'; path: string }
  /** The schema has no such path. */
  | { kind: 'unknown' };

type Segment = { key: string; item: boolean };

const parseSegments = (path: string): Segment[] | undefined => {
  const parts = path.split('.').map((part) => /^([^[\]]+)(\[\d*\])?$/.exec(part));
  return parts.every((m) => m !== null)
    ? parts.map((m) => ({ key: (m as RegExpExecArray)[1], item: !!(m as RegExpExecArray)[2] }))
    : undefined;
};

const joinSegments = (segments: Segment[]): string =>
  segments.map((s) => `${s.key}${s.item ? '[]' : ''}`).join('.');

const keyText = (key: unknown): string | undefined =>
  isScalar(key) ? String(key.value) : undefined;

const positionAt = (text: string, offset: number): Position => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
};

const indentLines = (text: string, indent: number, firstPrefix?: string): string =>
  text
    .split('\n')
    .map((line, i) =>
      i === 0 && firstPrefix !== undefined ? firstPrefix + line : ' '.repeat(indent) + line,
    )
    .join('\n');

/** Offset of the start of the line after `offset` (or the end of the text). */
const lineAfter = (text: string, offset: number): number => {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
};

const build = (text: string, offset: number, block: string): PathInsertionResult => {
  // A document without a final newline gets one before the new lines.
  const lead = offset === text.length && text.length > 0 && !text.endsWith('\n') ? '\n' : '';
  const trail = offset < text.length ? '\n' : '';
  const inserted = lead + block + trail;
  const next = text.slice(0, offset) + inserted;
  return {
    kind: 'insert',
    insertion: {
      at: positionAt(text, offset),
      text: inserted,
      cursor: positionAt(next, offset + lead.length + block.length),
    },
  };
};

/**
 * Where and what to insert so that the document gets the keys leading to `path` (an explain path,
 * `meshConfig.accessLogFile` or `meshConfig.extensionProviders[].name`), written under the parents
 * it already has: a missing key goes after the last key of its existing parent mapping, a list
 * path gets a new item at the end of an existing list.
 */
export const planPathInsertion = (
  text: string,
  path: string,
  schema: JSONSchemaProps,
): PathInsertionResult => {
  const segments = parseSegments(path.trim());
  const whole = skeletonFor(path, schema);
  if (!segments || whole === undefined) return { kind: 'unknown' };
  if (text.trim() === '') return build('', 0, whole);
  const source = parseValuesSource(text);
  const column = (offset: number) => source.lineCounter.linePos(offset).col - 1;
  const root = source.doc.contents as YamlNode | null;
  // Not a mapping we can extend: the keys go at the end, for the user to sort out.
  if (source.doc.errors.length > 0 || !isMap(root)) return build(text, text.length, whole);
  let map = root;
  let mapSchema = schema;
  for (const [i, segment] of segments.entries()) {
    const pair = map.items.find(
      (p): p is Pair<YamlNode, YamlNode | null> => isPair(p) && keyText(p.key) === segment.key,
    );
    if (!pair) {
      const firstKey = map.items[0]?.key as YamlNode | undefined;
      const indent = firstKey?.range ? column(firstKey.range[0]) : 0;
      const block = skeletonFor(joinSegments(segments.slice(i)), mapSchema) as string;
      return build(
        text,
        lineAfter(text, map.range?.[1] ?? text.length),
        indentLines(block, indent),
      );
    }
    const keyRange = (pair.key as YamlNode).range as [number, number, number];
    const here = joinSegments(segments.slice(0, i + 1));
    const after = segments.slice(i + 1);
    if (after.length === 0 && !segment.item) {
      return { kind: 'present', cursor: positionAt(text, keyRange[1]) };
    }
    const childSchema = schemaAtPath(mapSchema, [segment.key]) as JSONSchemaProps;
    const value = pair.value;
    const empty = value === null || (isScalar(value) && value.value === null);
    if (segment.item) {
      if (!empty && (!isSeq(value) || value.flow)) return { kind: 'blocked', path: here };
      const firstItem = isSeq(value) ? (value.items[0] as YamlNode | undefined) : undefined;
      const dash = firstItem?.range ? column(firstItem.range[0]) - 2 : column(keyRange[0]) + 2;
      const itemSchema = childSchema.items as JSONSchemaProps;
      const inner = after.length ? (skeletonFor(joinSegments(after), itemSchema) as string) : '';
      const block = indentLines(inner, dash + 2, `${' '.repeat(dash)}- `);
      const end = empty ? keyRange[1] : (value.range?.[1] ?? text.length);
      return build(text, lineAfter(text, end), block);
    }
    if (empty) {
      // `key:` with nothing under it: the rest goes on the following lines, one level deeper.
      const block = skeletonFor(joinSegments(after), childSchema) as string;
      return build(text, lineAfter(text, keyRange[1]), indentLines(block, column(keyRange[0]) + 2));
    }
    if (!isMap(value) || value.flow) return { kind: 'blocked', path: here };
    map = value;
    mapSchema = childSchema;
  }
  return { kind: 'unknown' };
};
