/** @jest-environment node */
import type { JSONSchemaProps } from '../../k8s/types';
import { diagnoseValues } from './diagnoseValues';
import type { ValuesSchemaResult } from './valuesSchema';

const atMostOne = {
  rule: '(has(self.zipkin)?1:0) + (has(self.datadog)?1:0) <= 1',
  message: 'At most one of [zipkin datadog] should be set',
};

// fieldPath is a newer rule field than the shared JSONSchemaProps type lists.
const oneOfValueOrEnvName = {
  rule: '!(has(self.value) && has(self.envName))',
  message: 'value or envName',
  fieldPath: '.envName',
};

const values: JSONSchemaProps = {
  type: 'object',
  properties: {
    tracing: {
      type: 'object',
      properties: {
        zipkin: { type: 'object', properties: { address: { type: 'string' } } },
        datadog: { type: 'object', properties: { address: { type: 'string' } } },
      },
      'x-kubernetes-validations': [atMostOne],
    },
    headers: {
      type: 'array',
      items: {
        type: 'object',
        properties: { value: { type: 'string' }, envName: { type: 'string' } },
        'x-kubernetes-validations': [
          oneOfValueOrEnvName,
          { rule: "self.value.matches(quantity('1').toString())" },
        ],
      },
    },
    replicas: {
      type: 'integer',
      'x-kubernetes-validations': [{ rule: 'self >= oldSelf', message: 'replicas cannot shrink' }],
    },
    global: { type: 'object', properties: { istioNamespace: { type: 'string' } } },
  },
};

const spec: JSONSchemaProps = {
  type: 'object',
  properties: {
    namespace: { type: 'string', default: 'istio-system' },
    version: { type: 'string' },
    values,
  },
  'x-kubernetes-validations': [
    {
      rule: '!has(self.values) || !has(self.values.global) || !has(self.values.global.istioNamespace) || self.values.global.istioNamespace == self.__namespace__',
      message: 'spec.values.global.istioNamespace must match spec.namespace',
    },
  ],
};

const result = {
  group: 'sailoperator.io',
  kind: 'Istio',
  version: 'v1',
  values,
  spec,
  unvalidatedValueFields: [],
  stats: { propertyCount: 0, celRuleCount: 0, enumCount: 0, maxDepth: 0 },
} satisfies ValuesSchemaResult;

const diagnose = (text: string, context: Partial<Parameters<typeof diagnoseValues>[2]> = {}) =>
  diagnoseValues(text, result, { unknownKeys: 'warn', ...context });

describe('diagnoseValues CEL rules', () => {
  it('fails an at-most-one rule with its message on the object it sits on', () => {
    const found = diagnose('tracing:\n  zipkin: {address: a}\n  datadog: {address: b}\n');
    expect(found).toEqual([
      expect.objectContaining({
        code: 'cel',
        severity: 'error',
        path: 'tracing',
        message: 'At most one of [zipkin datadog] should be set',
        params: { rule: atMostOne.rule },
        range: { start: { line: 2, column: 3 }, end: { line: 4, column: 1 } },
      }),
    ]);
  });

  it('passes when only one is set', () => {
    expect(diagnose('tracing:\n  zipkin: {address: a}\n')).toEqual([]);
  });

  it('sees the object as the server does, without keys it drops', () => {
    const found = diagnose('tracing:\n  zipkin: {address: a}\n  datadgo: {address: b}\n');
    expect(found.map((d) => d.code)).toEqual(['unknown-key']);
  });

  it('runs rules on every list item and honours fieldPath for the range', () => {
    const found = diagnose('headers:\n  - {value: a}\n  - {value: b, envName: E}\n');
    const cel = found.filter((d) => d.code === 'cel');
    expect(cel).toEqual([
      expect.objectContaining({
        path: 'headers[1].envName',
        message: 'value or envName',
        range: { start: { line: 3, column: 25 }, end: { line: 3, column: 26 } },
      }),
    ]);
  });

  it('mentions a rule it cannot evaluate once, as info', () => {
    const found = diagnose('headers:\n  - {value: a}\n  - {value: b}\n');
    expect(found).toEqual([
      expect.objectContaining({ code: 'cel-unsupported', severity: 'info', path: 'headers[0]' }),
    ]);
  });

  it('skips transition rules on create', () => {
    expect(diagnose('replicas: 1', { operation: 'create' })).toEqual([]);
  });

  it('runs transition rules on update against the stored values', () => {
    const oldSpec = { values: { replicas: 3 } };
    expect(diagnose('replicas: 1', { operation: 'update', oldSpec })).toEqual([
      expect.objectContaining({ code: 'cel', path: 'replicas', message: 'replicas cannot shrink' }),
    ]);
    expect(diagnose('replicas: 4', { operation: 'update', oldSpec })).toEqual([]);
    expect(diagnose('replicas: 1', { operation: 'update' })).toEqual([]);
  });

  describe('the rule on .spec', () => {
    it('fires when global.istioNamespace differs from spec.namespace, read as self.__namespace__', () => {
      const found = diagnose('global:\n  istioNamespace: other\n', {
        spec: { namespace: 'istio-system' },
      });
      expect(found).toEqual([
        expect.objectContaining({
          code: 'cel',
          path: 'global.istioNamespace',
          message: 'spec.values.global.istioNamespace must match spec.namespace',
          range: { start: { line: 2, column: 19 }, end: { line: 2, column: 24 } },
        }),
      ]);
    });

    it('passes when they match', () => {
      expect(
        diagnose('global:\n  istioNamespace: mesh\n', { spec: { namespace: 'mesh' } }),
      ).toEqual([]);
    });

    it('uses the default namespace when the spec leaves it out', () => {
      expect(diagnose('global:\n  istioNamespace: istio-system\n', { spec: {} })).toEqual([]);
      expect(diagnose('global:\n  istioNamespace: other\n')).toHaveLength(1);
    });

    it('passes when the values do not set the field', () => {
      expect(diagnose('tracing: {}', { spec: { namespace: 'mesh' } })).toEqual([]);
    });
  });
});
