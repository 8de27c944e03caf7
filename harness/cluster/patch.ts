import type { JsonObject } from './types';
import { clone, isObject } from './types';

/** RFC 7386 merge patch and RFC 6902 JSON patch; errors are returned as messages. */

export const applyMergePatch = (target: unknown, patch: unknown): unknown => {
  if (!isObject(patch)) return clone(patch);
  const result: JsonObject = isObject(target) ? clone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
};

type Operation = { op: string; path: string; from?: string; value?: unknown };

const decodePointer = (pointer: string): string[] | undefined => {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
};

type Located = { parent: JsonObject | unknown[]; key: string };

const locate = (doc: unknown, pointer: string): Located | string => {
  const parts = decodePointer(pointer);
  if (!parts || parts.length === 0) return `invalid path "${pointer}"`;
  let node: unknown = doc;
  for (const part of parts.slice(0, -1)) {
    if (Array.isArray(node)) node = node[Number(part)];
    else if (isObject(node)) node = node[part];
    else node = undefined;
    if (node === undefined) return `doc is missing path: "${pointer}"`;
  }
  if (!Array.isArray(node) && !isObject(node)) return `doc is missing path: "${pointer}"`;
  return { parent: node, key: parts[parts.length - 1] };
};

const read = ({ parent, key }: Located): unknown =>
  Array.isArray(parent) ? parent[Number(key)] : parent[key];

const remove = (at: Located, pointer: string): string | undefined => {
  if (read(at) === undefined) return `doc is missing path: "${pointer}": missing value`;
  if (Array.isArray(at.parent)) at.parent.splice(Number(at.key), 1);
  else delete at.parent[at.key];
  return undefined;
};

const add = (at: Located, value: unknown, pointer: string): string | undefined => {
  if (Array.isArray(at.parent)) {
    const index = at.key === '-' ? at.parent.length : Number(at.key);
    if (!Number.isInteger(index) || index < 0 || index > at.parent.length) {
      return `add operation does not apply: doc is missing path: "${pointer}"`;
    }
    at.parent.splice(index, 0, clone(value));
  } else {
    at.parent[at.key] = clone(value);
  }
  return undefined;
};

const applyOperation = (doc: unknown, op: Operation): string | undefined => {
  const at = locate(doc, op.path);
  if (typeof at === 'string') return at;
  switch (op.op) {
    case 'add':
      return add(at, op.value, op.path);
    case 'remove':
      return remove(at, op.path);
    case 'replace': {
      if (read(at) === undefined)
        return `replace operation does not apply: doc is missing key: ${op.path}: missing value`;
      if (Array.isArray(at.parent)) at.parent[Number(at.key)] = clone(op.value);
      else at.parent[at.key] = clone(op.value);
      return undefined;
    }
    case 'test':
      return JSON.stringify(read(at)) === JSON.stringify(op.value)
        ? undefined
        : 'testing value ' + op.path + ' failed: test failed';
    case 'move':
    case 'copy': {
      const from = locate(doc, op.from ?? '');
      if (typeof from === 'string') return from;
      const value = read(from);
      if (value === undefined)
        return `${op.op} operation does not apply: doc is missing from path: ${op.from}`;
      if (op.op === 'move') remove(from, op.from ?? '');
      return add(at, value, op.path);
    }
    default:
      return `Unexpected kind: ${op.op}`;
  }
};

/** Applies the operations to a copy of `target`; returns the new document or an error message. */
export const applyJsonPatch = (
  target: unknown,
  patch: unknown,
): { result: unknown } | { error: string } => {
  if (!Array.isArray(patch))
    return { error: 'json: cannot unmarshal object into Go value of type jsonpatch.Patch' };
  const doc = clone(target);
  for (const op of patch as Operation[]) {
    if (!isObject(op) || typeof op.op !== 'string' || typeof op.path !== 'string') {
      return { error: 'invalid JSON patch operation' };
    }
    const error = applyOperation(doc, op);
    if (error) return { error };
  }
  return { result: doc };
};
