import type { Schema, StatusCause } from './types';
import { isObject } from './types';
import { joinPath } from './prune';
import { cause } from './statusErrors';

/** OpenAPI v3 value validation of a decoded object, reporting causes like the API server. */

/** JSON type name as the API server prints it in type errors. */
export const jsonTypeName = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
};

/** A value rendered the way field errors show it: strings quoted, scalars bare. */
export const renderValue = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value)
    : isObject(value) || Array.isArray(value)
      ? `"${jsonTypeName(value)}"`
      : String(value);

const patterns = new Map<string, RegExp | null>();

/** Go RE2 patterns JavaScript cannot compile are skipped rather than failing every request. */
const matchesPattern = (pattern: string, value: string): boolean => {
  if (!patterns.has(pattern)) {
    try {
      patterns.set(pattern, new RegExp(pattern));
    } catch {
      patterns.set(pattern, null);
    }
  }
  return patterns.get(pattern)?.test(value) ?? true;
};

const matchesType = (value: unknown, type: string): boolean => {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return true;
  }
};

const typeError = (path: string, value: unknown, expected: string): StatusCause => {
  const actual = jsonTypeName(value);
  return cause(
    'FieldValueTypeInvalid',
    path,
    `Invalid value: "${actual}": ${path} in body must be of type ${expected}: "${actual}"`,
  );
};

const invalidValue = (path: string, value: unknown, detail: string): StatusCause =>
  cause(
    'FieldValueInvalid',
    path,
    `Invalid value: ${renderValue(value)}: ${path} in body ${detail}`,
  );

export const validateValue = (value: unknown, schema: Schema, path: string): StatusCause[] => {
  const causes: StatusCause[] = [];
  check(value, schema, path, causes);
  return causes;
};

const check = (value: unknown, schema: Schema, path: string, causes: StatusCause[]): void => {
  if (value === null) {
    if (!schema.nullable && (schema.type || schema['x-kubernetes-int-or-string'])) {
      causes.push(typeError(path, value, schema.type ?? 'integer,string'));
    }
    return;
  }
  if (schema['x-kubernetes-int-or-string']) {
    const ok = typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));
    if (!ok) return void causes.push(typeError(path, value, 'integer,string'));
  } else if (schema.type && !matchesType(value, schema.type)) {
    return void causes.push(typeError(path, value, schema.type));
  }
  if (schema.enum && !schema.enum.some((allowed) => allowed === value)) {
    const supported = schema.enum.map(renderValue).join(', ');
    causes.push(
      cause(
        'FieldValueNotSupported',
        path,
        `Unsupported value: ${renderValue(value)}: supported values: ${supported}`,
      ),
    );
  }
  checkBounds(value, schema, path, causes);
  for (const sub of schema.allOf ?? []) check(value, sub, path, causes);
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => check(item, schema.items as Schema, `${path}[${i}]`, causes));
  }
  if (isObject(value)) {
    for (const required of schema.required ?? []) {
      if (!(required in value)) {
        causes.push(cause('FieldValueRequired', joinPath(path, required), 'Required value'));
      }
    }
    for (const [key, child] of Object.entries(value)) {
      const childSchema =
        schema.properties?.[key] ??
        (isObject(schema.additionalProperties) ? schema.additionalProperties : undefined);
      if (childSchema) check(child, childSchema, joinPath(path, key), causes);
    }
  }
};

const checkBounds = (value: unknown, schema: Schema, path: string, causes: StatusCause[]): void => {
  if (typeof value === 'number') {
    if (schema.minimum !== undefined) {
      const bad = schema.exclusiveMinimum ? value <= schema.minimum : value < schema.minimum;
      const op = schema.exclusiveMinimum ? 'greater than' : 'greater than or equal to';
      if (bad) causes.push(invalidValue(path, value, `should be ${op} ${schema.minimum}`));
    }
    if (schema.maximum !== undefined) {
      const bad = schema.exclusiveMaximum ? value >= schema.maximum : value > schema.maximum;
      const op = schema.exclusiveMaximum ? 'less than' : 'less than or equal to';
      if (bad) causes.push(invalidValue(path, value, `should be ${op} ${schema.maximum}`));
    }
  }
  if (typeof value === 'string') {
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      causes.push(
        cause(
          'FieldValueTooLong',
          path,
          `Too long: may not be more than ${schema.maxLength} bytes`,
        ),
      );
    }
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      causes.push(invalidValue(path, value, `should be at least ${schema.minLength} chars long`));
    }
    if (schema.pattern !== undefined && !matchesPattern(schema.pattern, value)) {
      causes.push(invalidValue(path, value, `should match '${schema.pattern}'`));
    }
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      causes.push(
        cause(
          'FieldValueTooMany',
          path,
          `Too many: ${value.length}: must have at most ${schema.maxItems} items`,
        ),
      );
    }
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      causes.push(invalidValue(path, value, `should have at least ${schema.minItems} items`));
    }
  }
};
