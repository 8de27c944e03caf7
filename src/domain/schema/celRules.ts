import { Environment } from '@marcbachmann/cel-js';
import type { JSONSchemaProps } from '../../k8s/types';
import type { ValidationRule } from './schemaIndex';

// CEL words Kubernetes escapes as __{word}__ when they are property names.
const RESERVED = new Set(
  (
    'true false null in as break const continue else for function if import let loop package ' +
    'namespace return var void while'
  ).split(' '),
);

const ESCAPES: Record<string, string> = {
  __: '__underscores__',
  '.': '__dot__',
  '-': '__dash__',
  '/': '__slash__',
};

// Every walk escapes the same few hundred property names; remember them.
const escapedNames = new Map<string, string | undefined>();

/**
 * The identifier a rule uses for a declared property, following the Kubernetes escaping rules
 * (`namespace` -> `__namespace__`, `x-prop` -> `x__dash__prop`, `a__b` -> `a__underscores__b`).
 * Undefined when Kubernetes makes the property unreachable from CEL.
 */
export const escapeCelName = (name: string): string | undefined => {
  if (escapedNames.has(name)) return escapedNames.get(name);
  let escaped: string | undefined;
  if (!/^[a-zA-Z_.\-/][a-zA-Z0-9_.\-/]*$/.test(name)) escaped = undefined;
  else if (RESERVED.has(name)) escaped = `__${name}__`;
  else escaped = name.replace(/__|[.\-/]/g, (s) => ESCAPES[s]);
  // Only declared (schema) names are escaped, but cap the memo all the same.
  if (escapedNames.size < 10_000) escapedNames.set(name, escaped);
  return escaped;
};

const UNESCAPES: Record<string, string> = Object.fromEntries(
  Object.entries(ESCAPES).map(([plain, escaped]) => [escaped, plain]),
);

/** The property name behind an identifier in a rule (the inverse of `escapeCelName`). */
export const unescapeCelName = (ident: string): string => {
  const keyword = /^__([a-z]+)__$/.exec(ident);
  if (keyword && RESERVED.has(keyword[1])) return keyword[1];
  return ident.replace(/__(underscores|dot|dash|slash)__/g, (s) => UNESCAPES[s]);
};

const MAX_CEL_DEPTH = 100;

/** A value as rules read it: maps for objects, bigint for ints, numbers for doubles. */
export type CelInput =
  null | boolean | bigint | number | string | readonly CelInput[] | ReadonlyMap<string, CelInput>;

/**
 * A JSON-like value in the shape the API server hands to rules: objects as maps keyed by escaped
 * property names, integers as CEL ints (bigint), `number` fields as doubles.
 */
/** A scalar as CEL sees it: integers as CEL ints (bigint) except in `number` fields (doubles). */
export const celScalar = (value: unknown, schema?: JSONSchemaProps): CelInput => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    return schema?.type !== 'number' && Number.isSafeInteger(value) ? BigInt(value) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint') {
    return value;
  }
  return String(value);
};

export const toCelValue = (value: unknown, schema?: JSONSchemaProps, depth = 0): CelInput => {
  if (depth > MAX_CEL_DEPTH) return null;
  if (value === null || typeof value !== 'object') return celScalar(value, schema);
  if (Array.isArray(value)) return value.map((item) => toCelValue(item, schema?.items, depth + 1));
  const entries = new Map<string, CelInput>();
  const declared = schema?.properties;
  const mapValues =
    typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const property = declared?.[key];
    if (property) {
      const name = escapeCelName(key);
      if (name !== undefined) entries.set(name, toCelValue(child, property, depth + 1));
    } else {
      // Map keys (and fields kept by preserve-unknown-fields) are read as map entries, unescaped.
      entries.set(key, toCelValue(child, mapValues, depth + 1));
    }
  }
  return entries;
};

// The evaluator's messages go on to show the expression with a caret; the first line says it all.
const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0];

type Program = (bindings: Record<string, CelInput>) => unknown;
type Compiled = { program: Program } | { failure: string };

// Rules read `self` and `oldSelf` as dynamic values, as the API server binds them.
const env = new Environment({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false });
const compiledRules = new Map<string, Compiled>();

const compile = (expression: string): Compiled => {
  const known = compiledRules.get(expression);
  if (known) return known;
  let compiled: Compiled;
  try {
    const program = env.parse(expression);
    compiled = { program: (bindings) => program(bindings) };
  } catch (error) {
    // The parser throws on syntax it does not know; the rule is then reported as unsupported.
    compiled = { failure: firstLine(error) };
  }
  compiledRules.set(expression, compiled);
  return compiled;
};

export type RuleOutcome =
  | { status: 'pass' }
  | { status: 'fail'; message: string }
  /** This editor cannot evaluate the rule; the API server still will. */
  | { status: 'unsupported'; reason: string }
  /** The rule ran into an error for this document (e.g. a field it reads without has()). */
  | { status: 'error'; reason: string };

// Errors that come from the evaluator lacking a Kubernetes CEL library, not from the document.
const UNSUPPORTED_ERROR = /no matching overload|unsupported|unknown type/i;

const runSafely = (program: Program, bindings: Record<string, CelInput>): unknown => {
  try {
    return program(bindings);
  } catch (error) {
    return new Error(firstLine(error));
  }
};

const failureMessage = (rule: ValidationRule, bindings: Record<string, CelInput>): string => {
  if (rule.messageExpression) {
    const compiled = compile(rule.messageExpression);
    if ('program' in compiled) {
      const text = runSafely(compiled.program, bindings);
      if (typeof text === 'string' && text.trim() !== '') return text;
    }
  }
  return rule.message ?? `failed rule: ${rule.rule}`;
};

/** Evaluates one `x-kubernetes-validations` rule against `self` (and `oldSelf` for transitions). */
export const evaluateRule = (
  rule: ValidationRule,
  self: CelInput,
  oldSelf?: CelInput,
): RuleOutcome => {
  const compiled = compile(rule.rule);
  if ('failure' in compiled) return { status: 'unsupported', reason: compiled.failure };
  const bindings: Record<string, CelInput> = oldSelf === undefined ? { self } : { self, oldSelf };
  const result = runSafely(compiled.program, bindings);
  if (result instanceof Error) {
    const reason = result.message;
    return UNSUPPORTED_ERROR.test(reason)
      ? { status: 'unsupported', reason }
      : { status: 'error', reason };
  }
  if (result === true) return { status: 'pass' };
  if (result === false) return { status: 'fail', message: failureMessage(rule, bindings) };
  return { status: 'unsupported', reason: 'the rule does not return a boolean' };
};
