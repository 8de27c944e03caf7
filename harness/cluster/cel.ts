import { isCelError, parse, plan, celEnv } from '@bufbuild/cel';
import type { CelInput } from '@bufbuild/cel';
import type { CelRule, Schema, StatusCause } from './types';
import { isObject } from './types';
import { joinPath } from './prune';
import { cause } from './statusErrors';
import { jsonTypeName } from './validate';

/**
 * `x-kubernetes-validations` evaluated with the CEL interpreter (no code generation), binding
 * `self` (and `oldSelf` for transition rules on updates) the way the API server does.
 */

const RESERVED = new Set(
  'true false null in as break const continue else for function if import let loop package namespace return var void while'.split(
    ' ',
  ),
);

/** Kubernetes' escaping of property names in CEL: `namespace` → `__namespace__`, `-` → `__dash__` … */
export const escapeCelName = (name: string): string => {
  if (RESERVED.has(name)) return `__${name}__`;
  return name
    .replace(/__/g, '__underscores__')
    .replace(/\./g, '__dot__')
    .replace(/-/g, '__dash__')
    .replace(/\//g, '__slash__');
};

/** JSON → CEL input typed by the schema: integers become CEL ints, objects maps with escaped keys. */
export const toCel = (value: unknown, schema: Schema | undefined): CelInput => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    const wantsInt =
      schema?.type === 'integer' ||
      schema?.['x-kubernetes-int-or-string'] ||
      (!schema?.type && Number.isInteger(value));
    return wantsInt && Number.isInteger(value) ? BigInt(value) : value;
  }
  if (Array.isArray(value)) return value.map((item) => toCel(item, schema?.items));
  if (isObject(value)) {
    const entries: [string, CelInput][] = Object.entries(value).map(([key, child]) => {
      const property = schema?.properties?.[key];
      if (property) return [escapeCelName(key), toCel(child, property)];
      const additional = isObject(schema?.additionalProperties)
        ? schema?.additionalProperties
        : undefined;
      return [additional ? key : escapeCelName(key), toCel(child, additional)];
    });
    return new Map(entries);
  }
  return value as CelInput;
};

type Program = ReturnType<typeof plan>;
const programs = new Map<string, Program | Error>();

const compile = (rule: string): Program | Error => {
  let compiled = programs.get(rule);
  if (!compiled) {
    try {
      compiled = plan(celEnv(), parse(rule));
    } catch (error) {
      compiled = error instanceof Error ? error : new Error(String(error));
    }
    programs.set(rule, compiled);
  }
  return compiled;
};

const ruleFailure = (rule: CelRule, path: string, value: unknown, detail?: string): StatusCause => {
  const message = rule.message ?? `failed rule: ${rule.rule}`;
  const relative = rule.fieldPath?.replace(/^\./, '');
  const field = (relative ? joinPath(path, relative) : path) || '<nil>';
  const text = detail ? `${message}: ${detail}` : message;
  return cause(
    rule.reason ?? 'FieldValueInvalid',
    field,
    `Invalid value: "${jsonTypeName(value)}": ${text}`,
  );
};

const evaluate = (
  rule: CelRule,
  value: unknown,
  old: unknown,
  schema: Schema,
  path: string,
): StatusCause | undefined => {
  const usesOld = /\boldSelf\b/.test(rule.rule);
  if (usesOld && old === undefined) return undefined; // transition rules only run on updates
  const program = compile(rule.rule);
  if (program instanceof Error)
    return ruleFailure(rule, path, value, `compilation failed: ${program.message}`);
  const bindings: Record<string, CelInput> = { self: toCel(value, schema) };
  if (usesOld) bindings.oldSelf = toCel(old, schema);
  const result = program(bindings);
  if (isCelError(result))
    return ruleFailure(rule, path, value, `evaluation error: ${result.message}`);
  return result === true ? undefined : ruleFailure(rule, path, value);
};

/** Runs every rule in the schema tree against `value`, with the previous object for updates. */
export const validateCelRules = (
  value: unknown,
  old: unknown,
  schema: Schema,
  path = '',
): StatusCause[] => {
  const causes: StatusCause[] = [];
  walk(value, old, schema, path, causes);
  return causes;
};

const walk = (
  value: unknown,
  old: unknown,
  schema: Schema,
  path: string,
  causes: StatusCause[],
): void => {
  if (value === undefined || value === null) return;
  for (const rule of schema['x-kubernetes-validations'] ?? []) {
    const failure = evaluate(rule, value, old, schema, path);
    if (failure) causes.push(failure);
  }
  if (Array.isArray(value) && schema.items) {
    // Items are correlated with the old list by position only when the list did not change shape.
    const oldItems = Array.isArray(old) && old.length === value.length ? old : [];
    value.forEach((item, i) =>
      walk(item, oldItems[i], schema.items as Schema, `${path}[${i}]`, causes),
    );
  } else if (isObject(value)) {
    const oldObject = isObject(old) ? old : undefined;
    for (const [key, child] of Object.entries(value)) {
      const childSchema =
        schema.properties?.[key] ??
        (isObject(schema.additionalProperties) ? schema.additionalProperties : undefined);
      if (childSchema) walk(child, oldObject?.[key], childSchema, joinPath(path, key), causes);
    }
  }
};
