import type { JSONSchemaProps } from '../../k8s/types';
import { escapeCelName } from './celRules';
import { prepareCandidates, type NameCandidates } from './didYouMean';

/** What a schema node accepts, folded from `type` and the Kubernetes extensions. */
export type NodeKind =
  'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'int-or-string' | 'any';

export type ValidationRule = {
  rule: string;
  message?: string;
  messageExpression?: string;
  fieldPath?: string;
  /** Transition rules compare with the stored object and only run on update. */
  usesOldSelf: boolean;
};

export type DeclaredProperty = {
  schema: JSONSchemaProps;
  /** The identifier rules use for it (`namespace` is `__namespace__`); undefined if unreachable. */
  celName: string | undefined;
};

/**
 * Everything diagnosis needs about one schema node, computed once. The walk reads these objects
 * (all of one shape) rather than the schema nodes themselves, whose shapes vary node to node.
 */
export type NodeInfo = {
  schema: JSONSchemaProps;
  kind: NodeKind;
  properties: ReadonlyMap<string, DeclaredProperty> | undefined;
  /** The schema of every entry of a map (`additionalProperties`). */
  mapValues: JSONSchemaProps | undefined;
  items: JSONSchemaProps | undefined;
  nullable: boolean;
  /** Unknown keys are kept by the server (preserve-unknown-fields or a typed map). */
  keepsUnknownKeys: boolean;
  /** Declared property names for "did you mean". */
  names: NameCandidates;
  /** A scalar needs more than a type check: enum, bounds, lengths, pattern, format, allOf/anyOf. */
  checksScalar: boolean;
  /** required, minProperties or maxProperties. */
  checksObject: boolean;
  /** minItems, maxItems or a list type (set / map) whose items must be unique. */
  checksList: boolean;
  /** Compiled `pattern`; null when JavaScript cannot compile the server's RE2 pattern. */
  pattern: RegExp | null | undefined;
  /** Enum values as JSON text, for membership of scalars. */
  enumKeys: ReadonlySet<string> | undefined;
  enumNames: NameCandidates | undefined;
  rules: readonly ValidationRule[];
};

export type SchemaIndex = {
  root: JSONSchemaProps;
  nodes: Map<JSONSchemaProps, NodeInfo>;
  propertyCount: number;
  ruleCount: number;
  enumCount: number;
  maxDepth: number;
};

const NO_NAMES = prepareCandidates([]);

// Patterns repeat across the schema (the quantity pattern appears 18 times); compile each once.
const compiledPatterns = new Map<string, RegExp | null>();

// A letter escape other than those RE2 and JavaScript (without `u`) read alike: \d \w \s \b \n ...
const RE2_ONLY_ESCAPE = /\\[^dDwWsSbBnrtfv\W]/;

const tryRegExp = (pattern: string, flags: string): RegExp | null => {
  try {
    return new RegExp(pattern, flags);
  } catch {
    return null;
  }
};

/**
 * Kubernetes checks `pattern` with RE2. Unicode mode is the closer match; without it JavaScript
 * also accepts RE2's `\-` style escapes, as long as no RE2-only escape (\z, \p{L}) would change
 * meaning. Anything else (e.g. `(?i)`) is left to the server: null.
 */
const compilePattern = (pattern: string): RegExp | null => {
  const known = compiledPatterns.get(pattern);
  if (known !== undefined) return known;
  let compiled = tryRegExp(pattern, 'u');
  if (!compiled && !RE2_ONLY_ESCAPE.test(pattern)) compiled = tryRegExp(pattern, '');
  compiledPatterns.set(pattern, compiled);
  return compiled;
};

const kindOf = (node: JSONSchemaProps): NodeKind => {
  if (node['x-kubernetes-int-or-string']) return 'int-or-string';
  switch (node.type) {
    case 'object':
    case 'array':
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
      return node.type;
    default:
      return 'any';
  }
};

type LooseRule = {
  rule?: unknown;
  message?: unknown;
  messageExpression?: unknown;
  fieldPath?: unknown;
};

const rulesOf = (node: JSONSchemaProps): ValidationRule[] => {
  const raw = node['x-kubernetes-validations'] as LooseRule[] | undefined;
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((r): r is LooseRule & { rule: string } => typeof r?.rule === 'string')
    .map((r) => ({
      rule: r.rule,
      message: typeof r.message === 'string' ? r.message : undefined,
      messageExpression: typeof r.messageExpression === 'string' ? r.messageExpression : undefined,
      fieldPath: typeof r.fieldPath === 'string' ? r.fieldPath : undefined,
      usesOldSelf: /\boldSelf\b/.test(r.rule),
    }));
};

const declaredProperties = (node: JSONSchemaProps): Map<string, DeclaredProperty> | undefined => {
  if (!node.properties) return undefined;
  const declared = new Map<string, DeclaredProperty>();
  for (const [name, schema] of Object.entries(node.properties)) {
    declared.set(name, { schema, celName: escapeCelName(name) });
  }
  return declared;
};

const SCALAR_KEYWORDS = [
  'enum',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'allOf',
  'anyOf',
  'oneOf',
] as const;

const describeNode = (node: JSONSchemaProps): NodeInfo => {
  const kind = kindOf(node);
  const mapValues =
    typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
  const listType = node['x-kubernetes-list-type'];
  return {
    schema: node,
    kind,
    properties: declaredProperties(node),
    mapValues,
    items: node.items && typeof node.items === 'object' ? node.items : undefined,
    nullable: node.nullable === true,
    keepsUnknownKeys:
      kind === 'any' ||
      node['x-kubernetes-preserve-unknown-fields'] === true ||
      node.additionalProperties === true ||
      mapValues !== undefined,
    names: node.properties ? prepareCandidates(Object.keys(node.properties)) : NO_NAMES,
    checksScalar: SCALAR_KEYWORDS.some((keyword) => node[keyword] !== undefined),
    checksObject:
      !!node.required?.length ||
      node.minProperties !== undefined ||
      node.maxProperties !== undefined,
    checksList:
      node.minItems !== undefined ||
      node.maxItems !== undefined ||
      listType === 'set' ||
      listType === 'map',
    pattern: typeof node.pattern === 'string' ? compilePattern(node.pattern) : undefined,
    enumKeys: Array.isArray(node.enum)
      ? new Set(node.enum.map((v) => JSON.stringify(v)))
      : undefined,
    enumNames: Array.isArray(node.enum)
      ? prepareCandidates(node.enum.filter((v): v is string => typeof v === 'string'))
      : undefined,
    rules: rulesOf(node),
  };
};

const childrenOf = (node: JSONSchemaProps): JSONSchemaProps[] => {
  const children: JSONSchemaProps[] = [];
  if (node.properties) children.push(...Object.values(node.properties));
  if (node.items && typeof node.items === 'object') children.push(node.items);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    children.push(node.additionalProperties);
  }
  for (const group of [node.allOf, node.anyOf, node.oneOf]) if (group) children.push(...group);
  return children;
};

/** Walks the whole schema once; always builds a fresh index (see `indexFor` for the cached one). */
export const buildSchemaIndex = (root: JSONSchemaProps): SchemaIndex => {
  const index: SchemaIndex = {
    root,
    nodes: new Map(),
    propertyCount: 0,
    ruleCount: 0,
    enumCount: 0,
    maxDepth: 0,
  };
  const stack: { node: JSONSchemaProps; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: JSONSchemaProps; depth: number };
    if (index.nodes.has(node)) continue;
    const info = describeNode(node);
    index.nodes.set(node, info);
    index.propertyCount += info.names.sorted.length;
    index.ruleCount += info.rules.length;
    if (info.enumKeys) index.enumCount += 1;
    index.maxDepth = Math.max(index.maxDepth, depth);
    for (const child of childrenOf(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return index;
};

const cachedIndexes = new WeakMap<JSONSchemaProps, SchemaIndex>();

/** The index of a schema, built on first use and kept as long as the schema object lives. */
export const indexFor = (root: JSONSchemaProps): SchemaIndex => {
  let index = cachedIndexes.get(root);
  if (!index) {
    index = buildSchemaIndex(root);
    cachedIndexes.set(root, index);
  }
  return index;
};

/** Node facts from the index; nodes outside it (a schema edited after indexing) are described now. */
export const nodeInfo = (index: SchemaIndex, node: JSONSchemaProps): NodeInfo => {
  let info = index.nodes.get(node);
  if (!info) {
    info = describeNode(node);
    index.nodes.set(node, info);
  }
  return info;
};
