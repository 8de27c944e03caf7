import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Alias,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { JSONSchemaProps } from '../../k8s/types';
import { celScalar, type CelInput } from './celRules';
import { duplicateItems } from './listChecks';
import { checkNodeRules } from './nodeRules';
import { countIssues, reportUnknownKey, requiredIssues } from './objectChecks';
import { checkScalar, typeIssue, type Issue } from './scalarRules';
import { nodeInfo, type NodeInfo } from './schemaIndex';
import {
  ALIAS_WORK_LIMIT,
  childPath,
  MAX_DEPTH,
  rangeIn,
  report,
  type WalkState,
} from './walkState';

export const ANY_SCHEMA: JSONSchemaProps = { 'x-kubernetes-preserve-unknown-fields': true };

/** Returned for a node the server would not keep (pruned, or too broken to hold a value). */
export const PRUNED = Symbol('pruned');

/** The value the server would keep at a node, already in the shape CEL rules read. */
type Walked = CelInput | typeof PRUNED;

type Place = { path: string; depth: number; oldValue: unknown };

const isNull = (node: YamlNode | null): boolean =>
  node === null || (isScalar(node) && node.value === null);

const sourceText = (node: YamlNode): string =>
  isScalar(node) && typeof node.source === 'string' ? node.source : String(node);

const oldChild = (oldValue: unknown, key: string): unknown =>
  oldValue && typeof oldValue === 'object' && !Array.isArray(oldValue)
    ? (oldValue as Record<string, unknown>)[key]
    : undefined;

const reportIssues = (
  state: WalkState,
  node: YamlNode | null,
  path: string,
  issues: readonly Issue[],
) => {
  for (const issue of issues) report(state, path, rangeIn(state, node), 'error', issue);
};

const keyText = (state: WalkState, pair: Pair): string | undefined => {
  const key = isAlias(pair.key) ? pair.key.resolve(state.source.doc) : pair.key;
  return isScalar(key) && typeof key.value === 'string' ? key.value : undefined;
};

const walkMap = (state: WalkState, node: YAMLMap, info: NodeInfo, place: Place): Walked => {
  const kept = new Map<string, CelInput>();
  const present = new Set<string>();
  let pruned: string[] | undefined;
  for (const pair of node.items) {
    const keyNode = (pair.key ?? pair.value) as YamlNode | null;
    const key = keyText(state, pair);
    if (key === undefined) {
      const shown = pair.key ? sourceText(pair.key as YamlNode) : '';
      report(state, place.path, rangeIn(state, keyNode), 'error', {
        code: 'non-string-key',
        message: `Keys must be strings; quote ${shown || 'the key'} to use it as a name`,
        params: { key: shown },
      });
      continue;
    }
    const path = childPath(place.path, key);
    if (present.has(key)) {
      report(state, path, rangeIn(state, keyNode), 'error', {
        code: 'duplicate-key',
        message: `Duplicate key "${key}"`,
        params: { key },
      });
      continue;
    }
    // Given, even if its value turns out wrong: that is reported as such, not as a missing field.
    present.add(key);
    const declared = info.properties?.get(key);
    const child = declared?.schema ?? info.mapValues;
    if (!child && !info.keepsUnknownKeys) {
      reportUnknownKey(state, info, key, path, rangeIn(state, keyNode));
      (pruned ??= []).push(key);
      continue;
    }
    const childSchema = child ?? ANY_SCHEMA;
    const value = pair.value as YamlNode | null;
    // CEL reads declared properties by escaped name, map entries by their own.
    const celKey = declared ? declared.celName : key;
    // Null for a non-nullable field is pruned by the server before validation, not rejected.
    if (isNull(value)) {
      if (!childSchema.nullable) (pruned ??= []).push(key);
      else if (celKey !== undefined) kept.set(celKey, null);
      continue;
    }
    const walked = walkNode(state, value, childSchema, {
      path,
      depth: place.depth + 1,
      oldValue: oldChild(place.oldValue, key),
    });
    if (walked !== PRUNED && celKey !== undefined) kept.set(celKey, walked);
  }
  // Unknown keys and nulls are gone before the server counts properties.
  for (const key of pruned ?? []) present.delete(key);
  if (info.checksObject) {
    reportIssues(state, node, place.path, [
      ...requiredIssues(info.schema, present),
      ...countIssues(info.schema, present.size, 'properties'),
    ]);
  }
  return kept;
};

const walkSeq = (state: WalkState, node: YAMLSeq, info: NodeInfo, place: Place): Walked => {
  const items: CelInput[] = [];
  const itemSchema = info.items ?? ANY_SCHEMA;
  node.items.forEach((item, i) => {
    const walked = walkNode(state, item as YamlNode | null, itemSchema, {
      path: childPath(place.path, i),
      depth: place.depth + 1,
      oldValue: undefined,
    });
    items.push(walked === PRUNED ? null : walked);
  });
  if (info.checksList) {
    reportIssues(state, node, place.path, countIssues(info.schema, node.items.length, 'items'));
    for (const duplicate of duplicateItems(info.schema, node)) {
      reportIssues(state, duplicate.item, childPath(place.path, duplicate.index), [
        duplicate.issue,
      ]);
    }
  }
  return items;
};

/** allOf applies every branch; anyOf and oneOf need one branch to pass (scalars only). */
const branchIssues = (state: WalkState, info: NodeInfo, value: unknown, source: string) => {
  const { allOf, anyOf, oneOf } = info.schema;
  const issues: Issue[] = [];
  for (const branch of allOf ?? []) {
    issues.push(...checkScalar(branch, nodeInfo(state.index, branch), value, source));
  }
  // The int-or-string anyOf is already covered by its kind.
  const alternatives = info.kind === 'int-or-string' ? undefined : (anyOf ?? oneOf);
  if (alternatives && alternatives.length > 0) {
    const outcomes = alternatives.map((b) =>
      checkScalar(b, nodeInfo(state.index, b), value, source),
    );
    if (!outcomes.some((o) => o.length === 0)) issues.push(...outcomes[0]);
  }
  return issues;
};

const walkScalar = (state: WalkState, node: YamlNode, info: NodeInfo, place: Place): Walked => {
  const raw = isScalar(node) ? node.value : null;
  const primitive =
    raw === null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean';
  const value = primitive ? raw : sourceText(node);
  const source = sourceText(node);
  const issues = checkScalar(info.schema, info, value, source);
  reportIssues(state, node, place.path, issues);
  if (info.checksScalar && issues.length === 0) {
    reportIssues(state, node, place.path, branchIssues(state, info, value, source));
  }
  return celScalar(value, info.schema);
};

const walkAlias = (
  state: WalkState,
  alias: Alias,
  schema: JSONSchemaProps,
  place: Place,
): Walked => {
  const target = alias.resolve(state.source.doc);
  if (!target) {
    report(state, place.path, rangeIn(state, alias), 'error', {
      code: 'yaml-syntax',
      message: `Unknown alias *${alias.source}`,
      params: { alias: alias.source },
    });
    return PRUNED;
  }
  const outer = state.aliasRange;
  state.aliasRange ??= rangeIn(state, alias);
  const walked = walkNode(state, target, schema, place);
  state.aliasRange = outer;
  return walked;
};

/** False (and reported) once aliases or nesting go past what is safe to check. */
const withinLimits = (state: WalkState, node: YamlNode | null, place: Place): boolean => {
  if (state.aliasRange && ++state.aliasWork > ALIAS_WORK_LIMIT) {
    if (!state.aliasLimitReported) {
      state.aliasLimitReported = true;
      report(state, place.path, state.aliasRange, 'error', {
        code: 'alias-limit',
        message: `Aliases expand to more than ${ALIAS_WORK_LIMIT} nodes; the rest is not checked`,
        params: { limit: ALIAS_WORK_LIMIT },
      });
    }
    return false;
  }
  if (place.depth > MAX_DEPTH) {
    report(state, place.path, rangeIn(state, node), 'warning', {
      code: 'too-deep',
      message: `Nested more than ${MAX_DEPTH} levels deep; deeper values are not checked`,
      params: { limit: MAX_DEPTH },
    });
    return false;
  }
  return true;
};

const shapeFits = (info: NodeInfo, node: YamlNode): boolean => {
  if (isMap(node)) return info.kind === 'object' || info.kind === 'any';
  if (isSeq(node)) return info.kind === 'array' || info.kind === 'any';
  return info.kind !== 'object' && info.kind !== 'array';
};

/** Checks one YAML node against its schema and returns the value the server would keep. */
export const walkNode = (
  state: WalkState,
  node: YamlNode | null,
  schema: JSONSchemaProps,
  place: Place,
): Walked => {
  if (!withinLimits(state, node, place)) return PRUNED;
  if (isAlias(node)) return walkAlias(state, node, schema, place);
  const info = nodeInfo(state.index, schema);
  if (node === null || isNull(node)) {
    if (info.nullable || info.kind === 'any') return null;
    reportIssues(state, node, place.path, [typeIssue(info.kind, null, 'null')]);
    return PRUNED;
  }
  if (!shapeFits(info, node)) {
    const actual = isMap(node) ? {} : isSeq(node) ? [] : isScalar(node) ? node.value : null;
    reportIssues(state, node, place.path, [typeIssue(info.kind, actual, sourceText(node))]);
    return PRUNED;
  }
  let walked: Walked;
  if (isMap(node)) walked = walkMap(state, node, info, place);
  else if (isSeq(node)) walked = walkSeq(state, node, info, place);
  else walked = walkScalar(state, node, info, place);
  if (info.rules.length > 0 && walked !== PRUNED) {
    checkNodeRules(state, schema, info, walked, place.oldValue, { node, path: place.path });
  }
  return walked;
};
