import type { JSONSchemaProps } from '../../k8s/types';
import { suggestName } from './didYouMean';
import { FORMAT_DESCRIPTIONS, matchesFormat } from './formats';
import type { NodeInfo, NodeKind } from './schemaIndex';
import type { DiagnosticCode } from './types';

/** A finding about one value, before the walk adds its path, range and severity. */
export type Issue = {
  code: DiagnosticCode;
  message: string;
  params: Record<string, string | number>;
  suggestion?: string;
};

export type ValueType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'object' | 'array';

export const typeOfValue = (value: unknown): ValueType => {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'bigint') return 'integer';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object' && !(value instanceof Uint8Array)) return 'object';
  return 'string';
};

const KIND_WORDS: Record<NodeKind, string> = {
  object: 'an object',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  'int-or-string': 'an integer or a string',
  any: 'any value',
};

const TYPE_WORDS: Record<ValueType, string> = {
  null: 'null',
  boolean: 'a boolean',
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  object: 'an object',
  array: 'a list',
};

export const accepts = (kind: NodeKind, type: ValueType, value: unknown): boolean => {
  switch (kind) {
    case 'any':
      return true;
    case 'number':
      return (type === 'integer' || type === 'number') && Number.isFinite(Number(value));
    case 'int-or-string':
      return type === 'integer' || type === 'string';
    default:
      return kind === type;
  }
};

const BOOLEAN_WORDS: Record<string, string> = {
  true: 'true',
  yes: 'true',
  y: 'true',
  on: 'true',
  false: 'false',
  no: 'false',
  n: 'false',
  off: 'false',
};

/** What the user probably meant to write, for the common YAML slips. */
const typeSuggestion = (kind: NodeKind, value: unknown, source: string): string | undefined => {
  if (kind === 'boolean' && typeof value === 'string') return BOOLEAN_WORDS[value.toLowerCase()];
  if ((kind === 'integer' || kind === 'number') && typeof value === 'string') {
    const n = Number(value.trim());
    if (value.trim() !== '' && Number.isFinite(n) && (kind === 'number' || Number.isInteger(n))) {
      return String(n);
    }
  }
  if (kind === 'string' && typeof value !== 'string') return JSON.stringify(source);
  if (kind === 'int-or-string' && typeof value === 'number') return JSON.stringify(source);
  return undefined;
};

export const typeIssue = (kind: NodeKind, value: unknown, source: string): Issue => {
  const actual = typeOfValue(value);
  const notFinite = typeof value === 'number' && !Number.isFinite(value);
  const suggestion = typeSuggestion(kind, value, source);
  return {
    code: 'type',
    message:
      `Expected ${KIND_WORDS[kind]}, got ${notFinite ? 'a value JSON cannot hold' : TYPE_WORDS[actual]}` +
      (suggestion !== undefined ? `; did you mean ${suggestion}?` : ''),
    params: { expected: kind, actual: notFinite ? 'non-finite number' : actual },
    ...(suggestion !== undefined ? { suggestion } : {}),
  };
};

const enumIssue = (info: NodeInfo, schema: JSONSchemaProps, value: unknown): Issue | undefined => {
  if (!info.enumKeys || info.enumKeys.has(JSON.stringify(value))) return undefined;
  const allowed = (schema.enum ?? []).map((v) => String(v));
  const suggestion =
    typeof value === 'string' && info.enumNames ? suggestName(value, info.enumNames) : undefined;
  return {
    code: 'enum',
    message:
      `Unsupported value ${JSON.stringify(value)}: must be one of ${allowed.join(', ')}` +
      (suggestion !== undefined ? `; did you mean ${JSON.stringify(suggestion)}?` : ''),
    params: { value: String(value), allowed: allowed.join(', ') },
    ...(suggestion !== undefined ? { suggestion } : {}),
  };
};

const numberIssues = (schema: JSONSchemaProps, n: number): Issue[] => {
  const issues: Issue[] = [];
  if (schema.minimum !== undefined) {
    const below = schema.exclusiveMinimum ? n <= schema.minimum : n < schema.minimum;
    if (below) {
      const relation = schema.exclusiveMinimum ? 'greater than' : 'greater than or equal to';
      issues.push({
        code: 'minimum',
        message: `Must be ${relation} ${schema.minimum}`,
        params: { limit: schema.minimum, exclusive: schema.exclusiveMinimum ? 1 : 0, value: n },
      });
    }
  }
  if (schema.maximum !== undefined) {
    const above = schema.exclusiveMaximum ? n >= schema.maximum : n > schema.maximum;
    if (above) {
      const relation = schema.exclusiveMaximum ? 'less than' : 'less than or equal to';
      issues.push({
        code: 'maximum',
        message: `Must be ${relation} ${schema.maximum}`,
        params: { limit: schema.maximum, exclusive: schema.exclusiveMaximum ? 1 : 0, value: n },
      });
    }
  }
  return issues;
};

// Kubernetes counts characters (runes), not UTF-16 units.
const characterCount = (text: string): number => {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // The second half of a surrogate pair belongs to the character before it.
    if (unit < 0xdc00 || unit > 0xdfff) count += 1;
  }
  return count;
};

const stringIssues = (schema: JSONSchemaProps, info: NodeInfo, text: string): Issue[] => {
  const issues: Issue[] = [];
  const length =
    schema.minLength !== undefined || schema.maxLength !== undefined ? characterCount(text) : 0;
  if (schema.minLength !== undefined && length < schema.minLength) {
    issues.push({
      code: 'min-length',
      message: `Must be at least ${schema.minLength} characters long`,
      params: { limit: schema.minLength, length },
    });
  }
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    issues.push({
      code: 'max-length',
      message: `Must be at most ${schema.maxLength} characters long`,
      params: { limit: schema.maxLength, length },
    });
  }
  if (info.pattern && schema.pattern !== undefined && !info.pattern.test(text)) {
    issues.push({
      code: 'pattern',
      message: `Must match the pattern ${schema.pattern}`,
      params: { pattern: schema.pattern, value: text },
    });
  }
  return issues;
};

// Shared by the many values that pass; never mutated.
const NO_ISSUES: readonly Issue[] = [];

/** Type, enum, bounds, length, pattern and format of one scalar value. */
export const checkScalar = (
  schema: JSONSchemaProps,
  info: NodeInfo,
  value: unknown,
  source: string,
): readonly Issue[] => {
  const type = typeOfValue(value);
  if (!accepts(info.kind, type, value)) return [typeIssue(info.kind, value, source)];
  if (!info.checksScalar) return NO_ISSUES;
  const issues: Issue[] = [];
  const badEnum = enumIssue(info, schema, value);
  if (badEnum) issues.push(badEnum);
  if (typeof value === 'number') issues.push(...numberIssues(schema, value));
  if (typeof value === 'string') issues.push(...stringIssues(schema, info, value));
  if (schema.format !== undefined && !matchesFormat(schema.format, value)) {
    const described = FORMAT_DESCRIPTIONS[schema.format] ?? schema.format;
    issues.push({
      code: 'format',
      message: `Must be ${described}`,
      params: { format: schema.format, value: String(value) },
    });
  }
  return issues;
};
