import { isMap, isNode, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { ValuesPath } from './schemaAtPath';
import type { Range } from './types';
import { parseValuesSource, rangeOfNode, type ValuesSource } from './yamlSource';

/** `pilot.env[0].name` → ['pilot', 'env', 0, 'name']; '' → []. Undefined when malformed. */
export const parseValuesPath = (path: string): ValuesPath | undefined => {
  if (path === '') return [];
  const segments: ValuesPath = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return undefined;
    segments.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
};

export type LocatedPath = {
  /** The key (or list item) of the deepest part of the path the document has. */
  range: Range;
  /** True when the whole path exists; false when only an ancestor was found. */
  exact: boolean;
};

const keyText = (key: unknown): string | undefined =>
  isScalar(key) ? String(key.value) : typeof key === 'string' ? key : undefined;

/** Where `path` is written in `source`: the range of its key, or of its deepest ancestor's key. */
export const locateInSource = (source: ValuesSource, path: ValuesPath): LocatedPath | undefined => {
  let node: unknown = source.doc.contents;
  let found: Range | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item: unknown = isSeq(node) ? node.items[segment] : undefined;
      if (!isNode(item)) return found && { range: found, exact: false };
      found = rangeOfNode(source, item);
      node = item;
    } else {
      const pair = isMap(node)
        ? node.items.find((p) => isPair(p) && keyText(p.key) === segment)
        : undefined;
      if (!pair) return found && { range: found, exact: false };
      found = rangeOfNode(source, isNode(pair.key) ? (pair.key as YamlNode) : undefined);
      node = pair.value;
    }
  }
  return found && { range: found, exact: true };
};

/**
 * The range of the key written for a values path (`pilot.env[0].name`) in a YAML document, or of
 * its deepest ancestor that is written; undefined when not even the first key is there.
 */
export const locateValuesPath = (text: string, path: string): LocatedPath | undefined => {
  const segments = parseValuesPath(path);
  if (!segments || segments.length === 0) return undefined;
  return locateInSource(parseValuesSource(text), segments);
};
