type PlainObject = Record<string, unknown>;

const isPlainObject = (value: unknown): value is PlainObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of `target` with `value` at `path`; `undefined` removes the key. Existing keys keep their
 * order and untouched branches are shared, so a round trip through the form reorders nothing.
 * Removing from a branch that does not exist changes nothing.
 */
export const setIn = (
  target: PlainObject,
  path: readonly string[],
  value: unknown,
): PlainObject => {
  const [key, ...rest] = path;
  if (key === undefined) return target;
  if (rest.length === 0) {
    if (value === undefined) {
      if (!(key in target)) return target;
      return Object.fromEntries(Object.entries(target).filter(([name]) => name !== key));
    }
    return { ...target, [key]: value };
  }
  const child = target[key];
  if (!isPlainObject(child)) {
    if (value === undefined) return target;
    return { ...target, [key]: setIn({}, rest, value) };
  }
  const next = setIn(child, rest, value);
  return next === child ? target : { ...target, [key]: next };
};
