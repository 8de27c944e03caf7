/** @jest-environment node */
import type { JSONSchemaProps } from '../../k8s/types';
import { diagnoseValues } from './diagnoseValues';

// List types are newer keywords than the shared JSONSchemaProps type lists.
const setOfNames = { type: 'array', items: { type: 'string' }, 'x-kubernetes-list-type': 'set' };
const mapOfClaims = {
  type: 'array',
  items: {
    type: 'object',
    properties: { name: { type: 'string' }, protocol: { type: 'string', default: 'TCP' } },
  },
  'x-kubernetes-list-type': 'map',
  'x-kubernetes-list-map-keys': ['name', 'protocol'],
};

const schema: JSONSchemaProps = {
  type: 'object',
  properties: {
    accessLogEncoding: { type: 'string', enum: ['TEXT', 'JSON'] },
    level: { type: 'integer', enum: [1, 2, 3] },
    memory: { type: 'string', pattern: '^[0-9]+(Mi|Gi)$' },
    caseless: { type: 'string', pattern: '(?i)^abc$' },
    unicodeName: { type: 'string', pattern: '^\\p{L}+$' },
    escapedDash: { type: 'string', pattern: '^a\\-b$' },
    replicas: { type: 'integer', minimum: 1, maximum: 10 },
    ratio: {
      type: 'number',
      minimum: 0,
      exclusiveMinimum: true,
      maximum: 1,
      exclusiveMaximum: true,
    },
    name: { type: 'string', minLength: 2, maxLength: 5 },
    hosts: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2 },
    labels: {
      type: 'object',
      additionalProperties: { type: 'string' },
      minProperties: 1,
      maxProperties: 2,
    },
    port: { type: 'integer', format: 'int32' },
    big: { type: 'integer', format: 'int64' },
    since: { type: 'string', format: 'date-time' },
    day: { type: 'string', format: 'date' },
    timeout: { type: 'string', format: 'duration' },
    cert: { type: 'string', format: 'byte' },
    hostname: { type: 'string', format: 'hostname' },
    service: {
      type: 'object',
      required: ['port', 'name'],
      properties: { port: { type: 'integer' }, name: { type: 'string' } },
    },
    excludedCRDs: setOfNames,
    claims: mapOfClaims,
    tier: {
      type: 'string',
      allOf: [{ maxLength: 3 }],
      anyOf: [{ enum: ['a'] }, { pattern: '^z' }],
    },
  },
};

const diagnose = (text: string) => diagnoseValues(text, schema, { unknownKeys: 'strict' });
const codes = (text: string) => diagnose(text).map((d) => d.code);

describe('diagnoseValues constraints', () => {
  it('rejects a value outside the enum and suggests the near one', () => {
    const [found] = diagnose('accessLogEncoding: JSONN');
    expect(found).toMatchObject({
      code: 'enum',
      severity: 'error',
      suggestion: 'JSON',
      path: 'accessLogEncoding',
    });
    expect(found.range.start).toEqual({ line: 1, column: 20 });
    expect(diagnose('accessLogEncoding: json')[0].suggestion).toBe('JSON');
    expect(diagnose('accessLogEncoding: XML')[0].suggestion).toBeUndefined();
  });

  it('compares numeric enums by value', () => {
    expect(codes('level: 2')).toEqual([]);
    expect(codes('level: 4')).toEqual(['enum']);
  });

  it('reports missing required fields on the object', () => {
    const found = diagnose('service:\n  port: 80\n');
    expect(found).toEqual([
      expect.objectContaining({ code: 'required', path: 'service', params: { field: 'name' } }),
    ]);
    expect(found[0].range.start).toEqual({ line: 2, column: 3 });
  });

  it('counts a required field given as null as missing', () => {
    expect(codes('service: {port: 80, name: null}')).toEqual(['required']);
  });

  it('reports a required field of the wrong type as a type error only', () => {
    expect(codes('service: {port: {number: 80}, name: http}')).toEqual(['type']);
  });

  it('checks patterns with the JavaScript engine', () => {
    expect(codes('memory: 512Mi')).toEqual([]);
    expect(diagnose('memory: 512MB')[0]).toMatchObject({
      code: 'pattern',
      params: { pattern: '^[0-9]+(Mi|Gi)$' },
    });
  });

  it('accepts RE2 escapes JavaScript also understands and skips patterns it cannot compile', () => {
    expect(codes('escapedDash: a-b')).toEqual([]);
    expect(codes('escapedDash: ab')).toEqual(['pattern']);
    expect(codes('caseless: ABC')).toEqual([]);
    expect(codes('unicodeName: Zoë')).toEqual([]);
    expect(codes('unicodeName: "1"')).toEqual(['pattern']);
  });

  it('checks inclusive and exclusive bounds', () => {
    expect(codes('replicas: 1')).toEqual([]);
    expect(codes('replicas: 0')).toEqual(['minimum']);
    expect(codes('replicas: 11')).toEqual(['maximum']);
    expect(codes('ratio: 0.5')).toEqual([]);
    expect(codes('ratio: 0')).toEqual(['minimum']);
    expect(codes('ratio: 1')).toEqual(['maximum']);
  });

  it('checks string lengths in characters', () => {
    expect(codes('name: a')).toEqual(['min-length']);
    expect(codes('name: abcdef')).toEqual(['max-length']);
    expect(codes('name: éèêëā')).toEqual([]);
  });

  it('checks list and map sizes', () => {
    expect(codes('hosts: []')).toEqual(['min-items']);
    expect(codes('hosts: [a, b, c]')).toEqual(['max-items']);
    expect(codes('labels: {}')).toEqual(['min-properties']);
    expect(codes('labels: {a: x, b: y, c: z}')).toEqual(['max-properties']);
    expect(codes('labels: {a: x, b: y, c: ~}')).toEqual([]);
  });

  it('checks integer formats the operator decodes into fixed-size fields', () => {
    expect(codes('port: 2147483647')).toEqual([]);
    expect(codes('port: 2147483648')).toEqual(['format']);
    expect(codes('big: 2147483648')).toEqual([]);
    expect(codes('big: 1e19')).toEqual(['format']);
  });

  it('checks the string formats Kubernetes knows', () => {
    expect(
      codes('since: 2024-05-01T10:00:00Z\nday: 2024-02-29\ntimeout: 1h30m\ncert: aGVsbG8='),
    ).toEqual([]);
    expect(codes('since: yesterday')).toEqual(['format']);
    expect(codes('day: 2023-02-29')).toEqual(['format']);
    expect(codes('timeout: 10 seconds')).toEqual(['format']);
    expect(codes('cert: "not base64!"')).toEqual(['format']);
  });

  it('lets formats it does not know pass', () => {
    expect(codes('hostname: "not a host name"')).toEqual([]);
  });

  it('rejects the same value twice in a set list, on the repeated item', () => {
    expect(codes('excludedCRDs: [a, b]')).toEqual([]);
    expect(diagnose('excludedCRDs: [a, b, a]')).toEqual([
      expect.objectContaining({ code: 'duplicate-item', path: 'excludedCRDs[2]' }),
    ]);
  });

  it('rejects two items with the same keys in a map list, counting key defaults', () => {
    expect(codes('claims: [{name: a}, {name: a, protocol: UDP}]')).toEqual([]);
    expect(diagnose('claims: [{name: a}, {name: a, protocol: TCP}]')).toEqual([
      expect.objectContaining({ code: 'duplicate-item', path: 'claims[1]' }),
    ]);
  });

  it('applies allOf to all branches and anyOf to at least one', () => {
    expect(codes('tier: a')).toEqual([]);
    expect(codes('tier: zed')).toEqual([]);
    expect(codes('tier: zebra')).toEqual(['max-length']);
    expect(codes('tier: b')).toEqual(['enum']);
  });
});
