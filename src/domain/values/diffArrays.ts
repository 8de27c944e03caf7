import { deepEqual, isRecord } from './jsonValue';
import type { ArrayDetail, ArrayElementRef } from './types';

/** Index of each element by its `name`, or undefined when some element has no unique string name. */
const indexByName = (items: readonly unknown[]): Map<string, number> | undefined => {
  const byName = new Map<string, number>();
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    if (!isRecord(item) || typeof item.name !== 'string' || byName.has(item.name)) return undefined;
    byName.set(item.name, i);
  }
  return byName;
};

const compareByName = (
  spec: readonly unknown[],
  applied: readonly unknown[],
  specByName: Map<string, number>,
  appliedByName: Map<string, number>,
): ArrayDetail => {
  const detail: ArrayDetail = {
    matchedBy: 'name',
    added: [],
    removed: [],
    changed: [],
    reordered: false,
  };
  let lastAppliedIndex = -1;
  for (const [name, specIndex] of specByName) {
    const appliedIndex = appliedByName.get(name);
    if (appliedIndex === undefined) {
      detail.removed.push({ name, specIndex });
      continue;
    }
    if (appliedIndex < lastAppliedIndex) detail.reordered = true;
    lastAppliedIndex = appliedIndex;
    if (!deepEqual(spec[specIndex], applied[appliedIndex])) {
      detail.changed.push({ name, specIndex, appliedIndex });
    }
  }
  for (const [name, appliedIndex] of appliedByName) {
    if (!specByName.has(name)) detail.added.push({ name, appliedIndex });
  }
  return detail;
};

const compareByIndex = (spec: readonly unknown[], applied: readonly unknown[]): ArrayDetail => {
  const changed: ArrayElementRef[] = [];
  const added: ArrayElementRef[] = [];
  const removed: ArrayElementRef[] = [];
  const shared = Math.min(spec.length, applied.length);
  for (let i = 0; i < shared; i += 1) {
    if (!deepEqual(spec[i], applied[i])) changed.push({ specIndex: i, appliedIndex: i });
  }
  for (let i = shared; i < applied.length; i += 1) added.push({ appliedIndex: i });
  for (let i = shared; i < spec.length; i += 1) removed.push({ specIndex: i });
  return { matchedBy: 'index', added, removed, changed, reordered: false };
};

/**
 * Which elements differ between the user's array and the applied one. Lists of named objects
 * (extension providers, volumes, containers) are matched by `name`, so that inserting one element
 * does not mark every later element as changed; anything else is matched by position.
 */
export const describeArrayDifference = (
  spec: readonly unknown[],
  applied: readonly unknown[],
): ArrayDetail => {
  const specByName = spec.length + applied.length > 0 ? indexByName(spec) : undefined;
  const appliedByName = specByName ? indexByName(applied) : undefined;
  return specByName && appliedByName
    ? compareByName(spec, applied, specByName, appliedByName)
    : compareByIndex(spec, applied);
};
