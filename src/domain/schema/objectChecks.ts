import type { JSONSchemaProps } from '../../k8s/types';
import { suggestName } from './didYouMean';
import type { Issue } from './scalarRules';
import type { NodeInfo } from './schemaIndex';
import type { Range } from './types';
import { report, type WalkState } from './walkState';

const COUNT_CODES = {
  items: ['min-items', 'max-items'],
  properties: ['min-properties', 'max-properties'],
} as const;

/** minItems/maxItems or minProperties/maxProperties. */
export const countIssues = (
  schema: JSONSchemaProps,
  count: number,
  noun: 'items' | 'properties',
): Issue[] => {
  const [min, max] =
    noun === 'items'
      ? [schema.minItems, schema.maxItems]
      : [schema.minProperties, schema.maxProperties];
  const [minCode, maxCode] = COUNT_CODES[noun];
  const issues: Issue[] = [];
  if (min !== undefined && count < min) {
    issues.push({
      code: minCode,
      message: `Must have at least ${min} ${noun}`,
      params: { limit: min, count },
    });
  }
  if (max !== undefined && count > max) {
    issues.push({
      code: maxCode,
      message: `Must have at most ${max} ${noun}`,
      params: { limit: max, count },
    });
  }
  return issues;
};

export const requiredIssues = (schema: JSONSchemaProps, present: ReadonlySet<string>): Issue[] =>
  (schema.required ?? [])
    .filter((name) => !present.has(name))
    .map((name) => ({
      code: 'required',
      message: `Missing required field "${name}"`,
      params: { field: name },
    }));

/** An unknown key is dropped by the server (warning) or rejected under Strict (error). */
export const reportUnknownKey = (
  state: WalkState,
  info: NodeInfo,
  key: string,
  path: string,
  range: Range,
): void => {
  const suggestion = suggestName(key, info.names);
  const strict = state.unknownKeys === 'strict';
  const hint = suggestion !== undefined ? `. Did you mean "${suggestion}"?` : '';
  report(state, path, range, strict ? 'error' : 'warning', {
    code: 'unknown-key',
    message: `Unknown field "${key}": the API server will ${strict ? 'reject' : 'drop'} this key${hint}`,
    params: { key, mode: state.unknownKeys, ...(suggestion !== undefined ? { suggestion } : {}) },
    ...(suggestion !== undefined ? { suggestion } : {}),
  });
};
