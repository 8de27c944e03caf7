import { isObject } from './types';

/** Order-insensitive deep equality of JSON values. */
export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]))
    );
  }
  return false;
};

/** The part of an object whose change bumps `metadata.generation`: all but metadata and status. */
export const specOf = (object: Record<string, unknown>): Record<string, unknown> => {
  const rest = { ...object };
  delete rest.metadata;
  delete rest.status;
  delete rest.apiVersion;
  delete rest.kind;
  return rest;
};
