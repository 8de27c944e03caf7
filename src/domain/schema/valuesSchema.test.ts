/** @jest-environment node */
import type { CustomResourceDefinition, JSONSchemaProps } from '../../k8s/types';
import { valuesSchemaFor, valuesSchemaForUncached } from './valuesSchema';

const specWith = (values: JSONSchemaProps, extra: Record<string, JSONSchemaProps> = {}) => ({
  openAPIV3Schema: {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        properties: { namespace: { type: 'string' }, values, ...extra },
        'x-kubernetes-validations': [{ rule: 'self.__namespace__ != ""' }],
      },
    },
  },
});

const v1Values: JSONSchemaProps = {
  type: 'object',
  properties: {
    pilot: {
      type: 'object',
      properties: { enabled: { type: 'boolean' }, replicaCount: { type: 'integer' } },
      'x-kubernetes-validations': [{ rule: 'true' }],
    },
    profile: { type: 'string', enum: ['default', 'demo'] },
  },
};
const alphaValues: JSONSchemaProps = { type: 'object', properties: { hub: { type: 'string' } } };

const crd = (
  versions: CustomResourceDefinition['spec']['versions'],
  group = 'sailoperator.io',
): CustomResourceDefinition => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: `istios.${group}` },
  spec: { group, names: { kind: 'Istio', plural: 'istios' }, scope: 'Cluster', versions },
});

const twoVersions = crd([
  { name: 'v1alpha1', served: true, storage: false, schema: specWith(alphaValues) },
  { name: 'v1', served: true, storage: true, schema: specWith(v1Values) },
]);

describe('valuesSchemaFor', () => {
  it('takes the storage version when no version is asked for', () => {
    const result = valuesSchemaFor(twoVersions);
    expect(result.version).toBe('v1');
    expect(result.values).toBe(v1Values);
    expect(result.problem).toBeUndefined();
  });

  it('takes the asked-for version, written alone or with its group', () => {
    expect(valuesSchemaFor(twoVersions, 'v1alpha1').values).toBe(alphaValues);
    expect(valuesSchemaFor(twoVersions, 'sailoperator.io/v1alpha1').values).toBe(alphaValues);
  });

  it('falls back to the first served version when none is the storage version', () => {
    const result = valuesSchemaFor(
      crd([
        { name: 'v1beta1', served: false, storage: false, schema: specWith(alphaValues) },
        { name: 'v1', served: true, storage: false, schema: specWith(v1Values) },
      ]),
    );
    expect(result.version).toBe('v1');
  });

  it('says so when the asked-for version is not served', () => {
    const result = valuesSchemaFor(twoVersions, 'v2');
    expect(result.problem).toBe('version-not-served');
    expect(result.values).toBeUndefined();
  });

  it('says so when the version has no values schema', () => {
    const result = valuesSchemaFor(
      crd([{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: {} } }]),
    );
    expect(result.problem).toBe('no-values-schema');
  });

  it('returns the whole spec schema, for the rules written on .spec', () => {
    const spec = valuesSchemaFor(twoVersions).spec;
    expect(spec?.properties?.namespace).toEqual({ type: 'string' });
    expect(spec?.['x-kubernetes-validations']).toHaveLength(1);
  });

  it('counts properties, rules and enums of the values schema alone', () => {
    expect(valuesSchemaFor(twoVersions).stats).toEqual({
      propertyCount: 4,
      celRuleCount: 1,
      enumCount: 1,
      maxDepth: 2,
    });
  });

  it('reports rawValues of the early API as accepted without validation', () => {
    const early = crd(
      [
        {
          name: 'v1alpha1',
          served: true,
          storage: true,
          schema: specWith(alphaValues, {
            rawValues: { 'x-kubernetes-preserve-unknown-fields': true },
          }),
        },
      ],
      'operator.istio.io',
    );
    const result = valuesSchemaFor(early);
    expect(result.values).toBe(alphaValues);
    expect(result.unvalidatedValueFields).toEqual(['rawValues']);
    expect(valuesSchemaFor(twoVersions).unvalidatedValueFields).toEqual([]);
  });

  it('reuses the index for the same CRD object and builds a new one on request', () => {
    const first = valuesSchemaFor(twoVersions);
    expect(valuesSchemaFor(twoVersions).index).toBe(first.index);
    expect(valuesSchemaForUncached(twoVersions).index).not.toBe(first.index);
  });
});
