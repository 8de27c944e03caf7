import { isAlias, isMap, isScalar, type Node as YamlNode } from 'yaml';
import type { CelInput } from './celRules';
import type { JSONSchemaProps } from '../../k8s/types';
import { indexFor } from './schemaIndex';
import { typeOfValue } from './scalarRules';
import { checkSpecRules, type SpecFields } from './specRules';
import type { Diagnostic, UnknownKeyMode } from './types';
import type { ValuesSchemaResult } from './valuesSchema';
import { ANY_SCHEMA, PRUNED, walkNode } from './walkValues';
import { rangeIn, type WalkState } from './walkState';
import { parseValuesSource, syntaxDiagnostics, type ValuesSource } from './yamlSource';

export type DiagnoseContext = {
  /** 'warn': unknown keys are dropped by the server (warning); 'strict': rejected (error). */
  unknownKeys: UnknownKeyMode;
  /** The rest of the spec (namespace, version, profile ...), for rules written on `.spec`. */
  spec?: SpecFields & { namespace?: string; version?: string; profile?: string };
  operation?: 'create' | 'update';
  /** The stored spec (values included) on update, for transition rules that read `oldSelf`. */
  oldSpec?: SpecFields;
};

const isResult = (schema: ValuesSchemaResult | JSONSchemaProps): schema is ValuesSchemaResult =>
  'unvalidatedValueFields' in schema && 'stats' in schema;

const byPosition = (a: Diagnostic, b: Diagnostic): number =>
  a.range.start.line - b.range.start.line ||
  a.range.start.column - b.range.start.column ||
  a.code.localeCompare(b.code);

const describeRoot = (root: YamlNode): string => {
  if (isScalar(root)) return typeOfValue(root.value) === 'string' ? 'a string' : 'a scalar';
  return isAlias(root) ? 'an alias' : 'a list';
};

/**
 * Checks an already parsed values document (see `parseValuesSource`), for callers that parse once
 * and reuse the document. Same findings as `diagnoseValues`.
 */
export const diagnoseValuesSource = (
  source: ValuesSource,
  schema: ValuesSchemaResult | JSONSchemaProps,
  context: DiagnoseContext,
): Diagnostic[] => {
  const valuesSchema = (isResult(schema) ? schema.values : schema) ?? ANY_SCHEMA;
  const specSchema = isResult(schema) ? schema.spec : undefined;
  const diagnostics = syntaxDiagnostics(source);
  // A document that does not parse would only yield misleading schema findings.
  if (diagnostics.some((d) => d.severity === 'error')) return diagnostics.sort(byPosition);
  const state: WalkState = {
    source,
    index: isResult(schema) && schema.index ? schema.index : indexFor(valuesSchema),
    unknownKeys: context.unknownKeys,
    operation: context.operation ?? 'create',
    diagnostics,
    aliasWork: 0,
    aliasLimitReported: false,
    unsupportedRules: new Set(),
  };
  const root = source.doc.contents as YamlNode | null;
  let values: CelInput | undefined;
  if (root !== null && !(isScalar(root) && root.value === null)) {
    if (!isMap(root)) {
      diagnostics.push({
        path: '',
        range: rangeIn(state, root),
        severity: 'error',
        code: 'type',
        message: `Values must be a mapping of keys to values, got ${describeRoot(root)}`,
        params: { expected: 'object', actual: describeRoot(root) },
      });
      return diagnostics.sort(byPosition);
    }
    const oldValues = context.oldSpec?.values;
    const walked = walkNode(state, root, valuesSchema, { path: '', depth: 0, oldValue: oldValues });
    values = walked === PRUNED ? undefined : walked;
  }
  if (specSchema) checkSpecRules(state, specSchema, values, context.spec, context.oldSpec);
  return diagnostics.sort(byPosition);
};

/**
 * Checks a Helm values document (the YAML under `spec.values`) against the CRD's values schema the
 * way the API server would: types, enums, bounds, patterns, formats, required fields, unknown keys
 * (dropped or rejected) and CEL rules. Never throws; everything found is a diagnostic. Empty text
 * (no values) has nothing to report.
 */
export const diagnoseValues = (
  text: string,
  schema: ValuesSchemaResult | JSONSchemaProps,
  context: DiagnoseContext,
): Diagnostic[] =>
  text.trim() === '' ? [] : diagnoseValuesSource(parseValuesSource(text), schema, context);
