import type { JSONSchemaProps } from '../../k8s/types';
import { keyInsertText } from './completion';
import { displayType, isDeprecated } from './describeSchema';
import { childSchema } from './schemaAtPath';

/**
 * One field of the values schema, flattened for an "explain" panel. Paths use `[]` for the items
 * of a list and `*` for the values of a map: `meshConfig.extensionProviders[].name`.
 */
export type ExplainNode = {
  path: string;
  /** The last segment, e.g. `accessLogFile`. */
  name: string;
  type: string;
  description: string;
  enum?: unknown[];
  deprecated?: boolean;
  /** 0 for top-level fields. */
  depth: number;
};

type IndexedNode = { node: ExplainNode; path: string; name: string; description: string };
type Flattened = { nodes: ExplainNode[]; index: IndexedNode[] };

// Deeper than any real values schema; stops a malformed (cyclic) object from looping forever.
const MAX_DEPTH = 32;
const cache = new WeakMap<JSONSchemaProps, Flattened>();

const flatten = (schema: JSONSchemaProps): Flattened => {
  const nodes: ExplainNode[] = [];
  const visit = (node: JSONSchemaProps, prefix: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    let container = node;
    let base = prefix;
    // Fields of list items and map values live one level further in, under `[]` or `*`.
    while (container.type === 'array' && container.items) {
      container = container.items;
      base = `${base}[]`;
    }
    const mapValues = container.additionalProperties;
    if (!container.properties && typeof mapValues === 'object' && mapValues.properties) {
      container = mapValues;
      base = base ? `${base}.*` : '*';
    }
    for (const [name, child] of Object.entries(container.properties ?? {})) {
      const path = base ? `${base}.${name}` : name;
      nodes.push({
        path,
        name,
        type: displayType(child),
        description: child.description ?? '',
        ...(child.enum ? { enum: child.enum } : {}),
        ...(isDeprecated(child.description) ? { deprecated: true } : {}),
        depth,
      });
      visit(child, path, depth + 1);
    }
  };
  visit(schema, '', 0);
  const index = nodes.map((node) => ({
    node,
    path: node.path.toLowerCase(),
    name: node.name.toLowerCase(),
    description: node.description.toLowerCase(),
  }));
  return { nodes, index };
};

const flattened = (schema: JSONSchemaProps): Flattened => {
  let entry = cache.get(schema);
  if (!entry) {
    entry = flatten(schema);
    cache.set(schema, entry);
  }
  return entry;
};

/** Every field of the schema in document order (depth first), computed once per schema object. */
export const explainTree = (schema: JSONSchemaProps): ExplainNode[] => flattened(schema).nodes;

const matchRank = (entry: IndexedNode, query: string): number => {
  if (entry.name === query) return 0;
  if (entry.name.startsWith(query)) return 1;
  if (entry.name.includes(query)) return 2;
  if (entry.path.includes(query)) return 3;
  if (entry.description.includes(query)) return 4;
  return -1;
};

/**
 * Fields matching `query` (case-insensitive): exact names first, then names starting with it,
 * names containing it, paths containing it (`meshConfig.access`), descriptions mentioning it.
 */
export const searchSchema = (schema: JSONSchemaProps, query: string, limit = 50): ExplainNode[] => {
  const needle = query.trim().toLowerCase();
  if (!needle || limit <= 0) return [];
  const hits: { entry: IndexedNode; rank: number }[] = [];
  for (const entry of flattened(schema).index) {
    const rank = matchRank(entry, needle);
    if (rank >= 0) hits.push({ entry, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.entry.node.depth - b.entry.node.depth ||
      (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0),
  );
  return hits.slice(0, limit).map((hit) => hit.entry.node);
};

/** `a.b[].c` → [{ key: 'a' }, { key: 'b', item: true }, { key: 'c' }]; `[0]` counts as `[]`. */
const parseExplainPath = (path: string): { key: string; item: boolean }[] | undefined => {
  const segments = path.split('.').map((part) => {
    const match = /^([^[\]]+)((?:\[\d*\])?)$/.exec(part);
    return match ? { key: match[1], item: match[2] !== '' } : undefined;
  });
  return segments.every((s) => s !== undefined)
    ? (segments as { key: string; item: boolean }[])
    : undefined;
};

/**
 * YAML that creates `path` from an empty document, ending where the user types its value:
 * `meshConfig.accessLogFile` → "meshConfig:\n  accessLogFile: ". Map keys (`*`) become `<name>`.
 * Undefined when the schema has no such path.
 */
export const skeletonFor = (path: string, schema: JSONSchemaProps): string | undefined => {
  const segments = parseExplainPath(path.trim());
  if (!segments || !path.trim()) return undefined;
  let node: JSONSchemaProps | undefined = schema;
  let text = '';
  let column = 0;
  let dash = false;
  for (const [i, segment] of segments.entries()) {
    node = childSchema(node, segment.key);
    if (!node) return undefined;
    const name = segment.key === '*' ? '<name>' : segment.key;
    const prefix = dash ? `${' '.repeat(column - 2)}- ` : ' '.repeat(column);
    const last = i === segments.length - 1;
    if (last && !segment.item) return text + prefix + keyInsertText(name, node, column);
    text += `${prefix}${name}:\n`;
    column += 2;
    dash = segment.item;
    if (segment.item) {
      if (node.type !== 'array' || !node.items) return undefined;
      node = node.items;
      if (last) return `${text}${' '.repeat(column)}- `;
      column += 2;
    }
  }
  return text;
};
