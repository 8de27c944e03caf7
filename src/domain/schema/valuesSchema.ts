import type { CustomResourceDefinition, JSONSchemaProps } from '../../k8s/types';
import { buildSchemaIndex, indexFor, type SchemaIndex } from './schemaIndex';

type CrdVersion = CustomResourceDefinition['spec']['versions'][number];

export type ValuesSchemaProblem =
  /** The CRD serves no version (or not the one asked for). */
  | 'version-not-served'
  /** The version has no `spec.values` schema. */
  | 'no-values-schema';

export type ValuesSchemaStats = {
  /** Declared property names in the values schema, counted at every level. */
  propertyCount: number;
  /** `x-kubernetes-validations` rules inside the values schema. */
  celRuleCount: number;
  enumCount: number;
  maxDepth: number;
};

export type ValuesSchemaResult = {
  group: string;
  kind: string;
  /** The CRD version the schema was taken from, e.g. `v1`. */
  version?: string;
  /** The `spec.values` schema; undefined when `problem` says why. */
  values?: JSONSchemaProps;
  /** The whole `spec` schema, for rules written on `.spec` (they read fields beside `values`). */
  spec?: JSONSchemaProps;
  /**
   * Spec fields that take Helm values without any schema (the early API's `rawValues`): the
   * server accepts anything there and nothing can be checked.
   */
  unvalidatedValueFields: string[];
  index?: SchemaIndex;
  stats: ValuesSchemaStats;
  problem?: ValuesSchemaProblem;
};

const EMPTY_STATS: ValuesSchemaStats = {
  propertyCount: 0,
  celRuleCount: 0,
  enumCount: 0,
  maxDepth: 0,
};

/** The asked-for served version, else the storage version, else the first served one. */
const pickVersion = (
  crd: CustomResourceDefinition,
  apiVersion?: string,
): CrdVersion | undefined => {
  const served = (crd.spec?.versions ?? []).filter((v) => v.served);
  if (apiVersion !== undefined) {
    // Accept both `v1` and `sailoperator.io/v1`.
    const name = apiVersion.includes('/')
      ? apiVersion.slice(apiVersion.lastIndexOf('/') + 1)
      : apiVersion;
    return served.find((v) => v.name === name);
  }
  return served.find((v) => v.storage) ?? served[0];
};

const RAW_VALUE_FIELDS = ['rawValues'];

/** A schema that accepts any object without checking it, as `rawValues` is declared. */
const isUncheckedObject = (node: JSONSchemaProps | undefined): boolean =>
  !!node && node['x-kubernetes-preserve-unknown-fields'] === true && !node.properties;

type Extracted = Omit<ValuesSchemaResult, 'index' | 'stats'>;

/** Finds the values schema without indexing it (cheap: a few property look-ups). */
export const extractValuesSchema = (
  crd: CustomResourceDefinition,
  apiVersion?: string,
): Extracted => {
  const base = {
    group: crd.spec?.group ?? '',
    kind: crd.spec?.names?.kind ?? '',
    unvalidatedValueFields: [] as string[],
  };
  const version = pickVersion(crd, apiVersion);
  if (!version) return { ...base, problem: 'version-not-served' };
  const spec = version.schema?.openAPIV3Schema?.properties?.spec;
  const values = spec?.properties?.values;
  const unvalidatedValueFields = RAW_VALUE_FIELDS.filter((field) =>
    isUncheckedObject(spec?.properties?.[field]),
  );
  const found = { ...base, version: version.name, spec, unvalidatedValueFields };
  if (!values) return { ...found, problem: 'no-values-schema' };
  return { ...found, values };
};

const statsOf = (index: SchemaIndex): ValuesSchemaStats => ({
  propertyCount: index.propertyCount,
  celRuleCount: index.ruleCount,
  enumCount: index.enumCount,
  maxDepth: index.maxDepth,
});

const withIndex = (extracted: Extracted, index: SchemaIndex | undefined): ValuesSchemaResult => ({
  ...extracted,
  index,
  stats: index ? statsOf(index) : EMPTY_STATS,
});

/**
 * The `spec.values` schema of a Sail Operator CRD (Istio, IstioRevision, IstioCNI, ZTunnel, or the
 * early operator.istio.io Istio) for one served version, indexed for diagnosis. The index is cached
 * per schema object, so asking again for the same CRD object costs nothing.
 */
export const valuesSchemaFor = (
  crd: CustomResourceDefinition,
  apiVersion?: string,
): ValuesSchemaResult => {
  const extracted = extractValuesSchema(crd, apiVersion);
  return withIndex(extracted, extracted.values ? indexFor(extracted.values) : undefined);
};

/** As `valuesSchemaFor`, but always builds a new index (for measuring, or a schema edited in place). */
export const valuesSchemaForUncached = (
  crd: CustomResourceDefinition,
  apiVersion?: string,
): ValuesSchemaResult => {
  const extracted = extractValuesSchema(crd, apiVersion);
  return withIndex(extracted, extracted.values ? buildSchemaIndex(extracted.values) : undefined);
};
