import type { ValuesPath } from '../schema/schemaAtPath';

/**
 * What happened to one leaf of the values between what the user wrote (`spec.values`) and what
 * the operator applied.
 * - `same`: set by the user and applied as written.
 * - `overridden`: set by the user, applied with another value.
 * - `dropped`: set by the user, absent from the applied values (pruned or ignored).
 * - `added`: only in the applied values (profiles, vendor defaults, image digests, overrides).
 */
export type DiffStatus = 'same' | 'overridden' | 'dropped' | 'added';

/** Every status, in a fixed order for counts and filters. */
export const DIFF_STATUSES: readonly DiffStatus[] = ['same', 'overridden', 'dropped', 'added'];

/**
 * Why an entry deserves a second look.
 * - `type`: both sides are scalars of different JSON types, e.g. `"1"` vs `1` or `"true"` vs
 *   `true`; they may print alike in YAML but they are not the same value.
 * - `shape`: one side is an object or array and the other is not (or object vs array); the entry
 *   stands for the whole subtree.
 * - `too-deep`: the tree is nested deeper than {@link DIFF_MAX_DEPTH}; the entry compares the
 *   rest of the subtree as one value.
 */
export type DiffNote = 'type' | 'shape' | 'too-deep';

/** Nesting beyond this many keys is compared as one value rather than walked leaf by leaf. */
export const DIFF_MAX_DEPTH = 1000;

/** One array element that differs; `name` is set when elements were matched by their `name` key. */
export type ArrayElementRef = { specIndex?: number; appliedIndex?: number; name?: string };

/** Element-level view of two arrays that differ. */
export type ArrayDetail = {
  /** `name` when every element on both sides is an object with a unique string `name`. */
  matchedBy: 'index' | 'name';
  /** Elements only in the applied array. */
  added: ArrayElementRef[];
  /** Elements only in the user's array. */
  removed: ArrayElementRef[];
  /** Elements on both sides whose content differs. */
  changed: ArrayElementRef[];
  /** Name-matched elements appear in another order (order alone makes the arrays differ). */
  reordered: boolean;
};

export type DiffEntry = {
  /** Dotted path with [i] for indexes; keys with dots or other special characters are quoted. */
  path: string;
  /** The same path as keys and indexes, for navigation; [] for the root. */
  segments: ValuesPath;
  status: DiffStatus;
  /** Present for same, overridden and dropped (may be null when the user wrote null). */
  specValue?: unknown;
  /** Present for same, overridden and added. */
  appliedValue?: unknown;
  note?: DiffNote;
  /** Present for overridden arrays. */
  arrayDetail?: ArrayDetail;
};

export type DiffCounts = Record<DiffStatus, number>;

/** A problem with the input itself; the diff is still computed as well as it can be. */
export type DiffIssue = {
  code: 'spec-not-object' | 'applied-not-object';
  /** English, for logs and tests; pages translate from `code`. */
  message: string;
};

export type ValuesDiff = {
  /** Depth-first in the user's key order; keys only in the applied values follow, sorted. */
  entries: DiffEntry[];
  counts: DiffCounts;
  /** Some value the user set did not land as written (overridden or dropped). */
  hasUserChanges: boolean;
  /** The user set at least one value. */
  hasUserValues: boolean;
  issues: DiffIssue[];
};

export const emptyCounts = (): DiffCounts => ({ same: 0, overridden: 0, dropped: 0, added: 0 });
