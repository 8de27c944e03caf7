import type { JsonObject, Schema } from './types';
import { clone, isObject } from './types';

/**
 * Structural pruning and defaulting, as the API server does while decoding a custom resource:
 * fields the schema does not know are dropped (and reported), absent fields with a `default`
 * are filled in. `apiVersion`, `kind` and `metadata` at the root are left alone.
 */

export const joinPath = (path: string, key: string): string => (path ? `${path}.${key}` : key);

const ROOT_META = new Set(['apiVersion', 'kind', 'metadata']);

/** Removes unknown fields in place and returns their paths (e.g. `spec.values.pilot.foo`). */
export const pruneUnknownFields = (object: JsonObject, schema: Schema): string[] => {
  const unknown: string[] = [];
  pruneObject(object, schema, '', unknown, true);
  return unknown;
};

const pruneValue = (
  value: unknown,
  schema: Schema | undefined,
  path: string,
  unknown: string[],
) => {
  if (!schema) return;
  if (Array.isArray(value)) {
    if (schema.items)
      value.forEach((item, i) => pruneValue(item, schema.items, `${path}[${i}]`, unknown));
    return;
  }
  if (isObject(value)) pruneObject(value, schema, path, unknown, false);
};

const pruneObject = (
  object: JsonObject,
  schema: Schema,
  path: string,
  unknown: string[],
  isRoot: boolean,
): void => {
  const { properties, additionalProperties } = schema;
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
  for (const key of Object.keys(object)) {
    if (isRoot && ROOT_META.has(key)) continue;
    const child = properties?.[key];
    if (child) {
      pruneValue(object[key], child, joinPath(path, key), unknown);
    } else if (isObject(additionalProperties)) {
      pruneValue(object[key], additionalProperties, joinPath(path, key), unknown);
    } else if (!preserve && additionalProperties !== true && !isEmbeddedOrTyped(schema)) {
      unknown.push(joinPath(path, key));
      delete object[key];
    }
  }
};

/** Objects without `properties` but with a non-object type are left for the type check. */
const isEmbeddedOrTyped = (schema: Schema): boolean =>
  schema.type !== undefined && schema.type !== 'object';

/** Fills absent (or null, non-nullable) fields that declare a `default`; mutates `object`. */
export const applyDefaults = (object: JsonObject, schema: Schema): void => {
  defaultObject(object, schema, true);
};

const defaultValue = (value: unknown, schema: Schema | undefined): void => {
  if (!schema) return;
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((item) => defaultValue(item, schema.items));
  } else if (isObject(value)) {
    defaultObject(value, schema, false);
  }
};

const defaultObject = (object: JsonObject, schema: Schema, isRoot: boolean): void => {
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (isRoot && key === 'metadata') continue;
    const absent = !(key in object) || (object[key] === null && !child.nullable);
    if (absent && child.default !== undefined) object[key] = clone(child.default);
    if (key in object) defaultValue(object[key], child);
  }
  if (isObject(schema.additionalProperties)) {
    for (const value of Object.values(object)) defaultValue(value, schema.additionalProperties);
  }
};
