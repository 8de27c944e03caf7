/** How the diff treats a node: objects are walked, arrays and scalars are compared as values. */
export type ValueKind = 'object' | 'array' | 'scalar';

export const kindOf = (value: unknown): ValueKind => {
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' && value !== null ? 'object' : 'scalar';
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  kindOf(value) === 'object';

/** Own keys whose value is defined; an undefined value counts as absent, as in JSON. */
export const definedKeys = (record: Record<string, unknown>): string[] => {
  const keys = Object.keys(record);
  // Copy only in the rare case there is something to leave out.
  return keys.some((key) => record[key] === undefined)
    ? keys.filter((key) => record[key] !== undefined)
    : keys;
};

export const hasDefinedKey = (record: Record<string, unknown>): boolean => {
  for (const key in record) {
    if (Object.prototype.hasOwnProperty.call(record, key) && record[key] !== undefined) return true;
  }
  return false;
};

export const sameScalar = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));

// Far beyond any real values tree; only reached by cyclic or absurd input, which then compares unequal.
const DEEP_EQUAL_MAX_DEPTH = 10_000;

/** Structural equality of JSON-like values, iterative so that deep trees cannot overflow the stack. */
export const deepEqual = (a: unknown, b: unknown): boolean => {
  const pending: { a: unknown; b: unknown; depth: number }[] = [{ a, b, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const left = next.a;
    const right = next.b;
    if (left === right) continue;
    const kind = kindOf(left);
    if (kind !== kindOf(right)) return false;
    if (kind === 'scalar') {
      if (!sameScalar(left, right)) return false;
      continue;
    }
    if (next.depth >= DEEP_EQUAL_MAX_DEPTH) return false;
    const depth = next.depth + 1;
    if (kind === 'array') {
      const l = left as unknown[];
      const r = right as unknown[];
      if (l.length !== r.length) return false;
      for (let i = 0; i < l.length; i += 1) pending.push({ a: l[i], b: r[i], depth });
      continue;
    }
    const l = left as Record<string, unknown>;
    const r = right as Record<string, unknown>;
    const keys = definedKeys(l);
    if (keys.length !== definedKeys(r).length) return false;
    for (const key of keys) {
      if (!Object.prototype.hasOwnProperty.call(r, key)) return false;
      pending.push({ a: l[key], b: r[key], depth });
    }
  }
  return true;
};
