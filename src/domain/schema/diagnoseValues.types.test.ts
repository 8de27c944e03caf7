/** @jest-environment node */
import type { JSONSchemaProps } from '../../k8s/types';
import { diagnoseValues } from './diagnoseValues';

const schema: JSONSchemaProps = {
  type: 'object',
  properties: {
    replicaCount: { type: 'integer' },
    ratio: { type: 'number' },
    enabled: { type: 'boolean' },
    hub: { type: 'string' },
    port: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    args: { type: 'array', items: { type: 'string' } },
    optionalArgs: { type: 'array', items: { type: 'string', nullable: true } },
    resources: { type: 'object', properties: { cpu: { type: 'string' } } },
    annotations: { type: 'object', nullable: true, additionalProperties: { type: 'string' } },
    experimental: { 'x-kubernetes-preserve-unknown-fields': true },
    extra: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
  },
};

const diagnose = (text: string) => diagnoseValues(text, schema, { unknownKeys: 'strict' });
const only = (text: string) => {
  const found = diagnose(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('diagnoseValues type checks', () => {
  it('accepts values of the declared types', () => {
    const text = [
      'replicaCount: 2',
      'ratio: 0.5',
      'enabled: false',
      'hub: quay.io/istio',
      'port: 8080',
      'labels: {app: istiod}',
      'args: [--log, debug]',
      'resources: {cpu: 100m}',
    ].join('\n');
    expect(diagnose(text)).toEqual([]);
  });

  it('rejects a fraction where an integer is expected, on the value', () => {
    expect(only('replicaCount: 1.5')).toMatchObject({
      code: 'type',
      severity: 'error',
      path: 'replicaCount',
      range: { start: { line: 1, column: 15 }, end: { line: 1, column: 18 } },
      params: { expected: 'integer', actual: 'number' },
    });
  });

  it('accepts a whole number for a number field, and 1.0 for an integer field', () => {
    expect(diagnose('ratio: 1\nreplicaCount: 1.0')).toEqual([]);
  });

  it('rejects values JSON cannot carry', () => {
    expect(only('ratio: .inf')).toMatchObject({
      code: 'type',
      params: { actual: 'non-finite number' },
    });
  });

  it('reads yes as a string (YAML 1.2) and suggests true for a boolean field', () => {
    expect(only('enabled: yes')).toMatchObject({
      code: 'type',
      params: { expected: 'boolean', actual: 'string' },
      suggestion: 'true',
    });
    expect(only('enabled: "false"').suggestion).toBe('false');
  });

  it('suggests the unquoted number for a quoted integer', () => {
    expect(only('replicaCount: "3"')).toMatchObject({ code: 'type', suggestion: '3' });
  });

  it('suggests quoting a number or boolean given for a string field', () => {
    expect(only('hub: 1.20')).toMatchObject({ code: 'type', suggestion: '"1.20"' });
    expect(only('labels: {sidecar.istio.io/inject: true}')).toMatchObject({
      path: 'labels["sidecar.istio.io/inject"]',
      suggestion: '"true"',
    });
  });

  it('takes an integer or a string for int-or-string fields, but not a fraction', () => {
    expect(diagnose('port: http')).toEqual([]);
    expect(only('port: 0.5')).toMatchObject({ code: 'type', suggestion: '"0.5"' });
    expect(only('port: true')).toMatchObject({ code: 'type', params: { actual: 'boolean' } });
  });

  it('rejects a scalar where an object or a list is expected, and the reverse', () => {
    expect(only('resources: 100m')).toMatchObject({ code: 'type', params: { expected: 'object' } });
    expect(only('args: --log')).toMatchObject({ code: 'type', params: { expected: 'array' } });
    expect(only('hub: [a]')).toMatchObject({ code: 'type', params: { actual: 'array' } });
    expect(only('hub: {a: b}')).toMatchObject({ code: 'type', params: { actual: 'object' } });
  });

  it('points at list items with an index in the path', () => {
    expect(only('args:\n  - ok\n  - 42\n')).toMatchObject({
      path: 'args[1]',
      range: { start: { line: 3, column: 5 } },
    });
  });

  it('lets a null field be dropped, as the server prunes it', () => {
    expect(diagnose('hub:\nresources: ~\nannotations: null')).toEqual([]);
  });

  it('rejects a null list item unless the items are nullable', () => {
    expect(only('args: [a, null]')).toMatchObject({
      code: 'type',
      path: 'args[1]',
      params: { actual: 'null' },
    });
    expect(diagnose('optionalArgs: [a, null]')).toEqual([]);
  });

  it('accepts anything where unknown fields are preserved', () => {
    expect(diagnose('experimental:\n  anything: [1, {b: c}]\nextra: {x: 1}')).toEqual([]);
    expect(only('experimental: 3\nextra: 3')).toMatchObject({
      path: 'extra',
      params: { expected: 'object' },
    });
  });
});
