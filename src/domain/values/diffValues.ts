import type { ValuesPath } from '../schema/schemaAtPath';
import { describeArrayDifference } from './diffArrays';
import { deepEqual, definedKeys, hasDefinedKey, isRecord, kindOf, sameScalar } from './jsonValue';
import { DIFF_MAX_DEPTH, emptyCounts } from './types';
import type { DiffEntry, DiffIssue, DiffNote, ValuesDiff } from './types';
import { appendPathSegment } from '../valuesPath';

/** One node still to visit; `undefined` on a side means the key is absent there. */
type Frame = {
  parent: Frame | undefined;
  segment: string | number | undefined;
  path: string;
  depth: number;
  spec: unknown;
  applied: unknown;
};

const isWalkable = (value: unknown): boolean => value === undefined || isRecord(value);

// Segments are rebuilt only for leaves, so deep trees do not copy a path array per node.
const segmentsOf = (frame: Frame): ValuesPath => {
  const segments: ValuesPath = [];
  for (let f: Frame | undefined = frame; f?.segment !== undefined; f = f.parent) {
    segments.push(f.segment);
  }
  return segments.reverse();
};

/**
 * Keys to walk when both sides are objects (or absent): the user's keys in their order, then keys
 * only the applied values have, sorted. Undefined when a side is a scalar or an array, which makes
 * the node a leaf; an empty list means both objects are empty, also a leaf.
 */
const childKeys = (spec: unknown, applied: unknown): string[] | undefined => {
  if (!isWalkable(spec) || !isWalkable(applied)) return undefined;
  const specRecord = isRecord(spec) ? spec : undefined;
  const keys = specRecord ? definedKeys(specRecord) : [];
  if (!isRecord(applied)) return keys;
  const appliedOnly = specRecord
    ? definedKeys(applied).filter((key) => specRecord[key] === undefined)
    : definedKeys(applied);
  if (appliedOnly.length === 0) return keys;
  appliedOnly.sort(); // code-unit order: stable across locales
  return keys.length === 0 ? appliedOnly : keys.concat(appliedOnly);
};

const pushChildren = (frame: Frame, keys: string[], stack: Frame[]): void => {
  const spec = isRecord(frame.spec) ? frame.spec : undefined;
  const applied = isRecord(frame.applied) ? frame.applied : undefined;
  // Reverse, so that popping visits keys in order.
  for (let i = keys.length - 1; i >= 0; i -= 1) {
    const key = keys[i];
    stack.push({
      parent: frame,
      segment: key,
      path: appendPathSegment(frame.path, key),
      depth: frame.depth + 1,
      spec: spec?.[key],
      applied: applied?.[key],
    });
  }
};

const noteForMismatch = (spec: unknown, applied: unknown): DiffNote | undefined => {
  const specKind = kindOf(spec);
  if (specKind !== kindOf(applied)) return 'shape';
  const scalars = specKind === 'scalar' && spec !== null && applied !== null;
  return scalars && typeof spec !== typeof applied ? 'type' : undefined;
};

// Entries are built as literals (no spreads): this runs once per leaf on trees of thousands.
const compareLeaf = (frame: Frame, tooDeep: boolean): DiffEntry => {
  const { spec, applied, path } = frame;
  const segments = segmentsOf(frame);
  let entry: DiffEntry;
  if (spec === undefined) {
    entry = { path, segments, status: 'added', appliedValue: applied };
  } else if (applied === undefined) {
    entry = { path, segments, status: 'dropped', specValue: spec };
  } else {
    const equal = kindOf(spec) === 'scalar' ? sameScalar(spec, applied) : deepEqual(spec, applied);
    const status = equal ? 'same' : 'overridden';
    entry = { path, segments, status, specValue: spec, appliedValue: applied };
    const note = equal || tooDeep ? undefined : noteForMismatch(spec, applied);
    if (note) entry.note = note;
    if (!equal && Array.isArray(spec) && Array.isArray(applied)) {
      entry.arrayDetail = describeArrayDifference(spec, applied);
    }
  }
  if (tooDeep) entry.note = 'too-deep';
  return entry;
};

/** A missing or empty root means "no values"; any other non-object root is reported. */
const normalizeRoot = (value: unknown, side: 'spec' | 'applied', issues: DiffIssue[]): unknown => {
  if (value === null || value === undefined) return undefined;
  if (isRecord(value)) return hasDefinedKey(value) ? value : undefined;
  issues.push({
    code: side === 'spec' ? 'spec-not-object' : 'applied-not-object',
    message: `${side} values are ${Array.isArray(value) ? 'an array' : `a ${typeof value}`}, not an object`,
  });
  return value;
};

/**
 * Classifies every leaf of the user's values against the values the operator applied: same,
 * overridden, dropped or added. Leaves are scalars, null, empty objects and whole arrays. Never
 * throws; the walk is iterative, so very deep input cannot overflow the stack.
 */
export const diffValues = (specValues: unknown, appliedValues: unknown): ValuesDiff => {
  const issues: DiffIssue[] = [];
  const spec = normalizeRoot(specValues, 'spec', issues);
  const applied = normalizeRoot(appliedValues, 'applied', issues);
  const entries: DiffEntry[] = [];
  const counts = emptyCounts();
  const root: Frame = { parent: undefined, segment: undefined, path: '', depth: 0, spec, applied };
  const stack: Frame[] = [root];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    if (frame.spec === undefined && frame.applied === undefined) continue;
    const keys = childKeys(frame.spec, frame.applied);
    const hasChildren = keys !== undefined && keys.length > 0;
    if (hasChildren && frame.depth < DIFF_MAX_DEPTH) {
      pushChildren(frame, keys, stack);
      continue;
    }
    const entry = compareLeaf(frame, hasChildren);
    counts[entry.status] += 1;
    entries.push(entry);
  }
  return {
    entries,
    counts,
    hasUserChanges: counts.overridden + counts.dropped > 0,
    hasUserValues: counts.same + counts.overridden + counts.dropped > 0,
    issues,
  };
};
