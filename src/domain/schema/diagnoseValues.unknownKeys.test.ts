/** @jest-environment node */
import type { JSONSchemaProps } from '../../k8s/types';
import { diagnoseValues } from './diagnoseValues';

const schema: JSONSchemaProps = {
  type: 'object',
  properties: {
    pilot: {
      type: 'object',
      properties: {
        autoscaleEnabled: { type: 'boolean' },
        autoscaleMin: { type: 'integer' },
        env: { type: 'object', additionalProperties: { type: 'string' } },
        podAnnotations: { type: 'object', additionalProperties: true },
        extra: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
      },
    },
  },
};

describe('diagnoseValues unknown keys', () => {
  it('warns that the server drops an unknown key, suggesting the near name, on the key', () => {
    const found = diagnoseValues('pilot:\n  autoscaleEnabeld: true\n', schema, {
      unknownKeys: 'warn',
    });
    expect(found).toEqual([
      {
        path: 'pilot.autoscaleEnabeld',
        range: { start: { line: 2, column: 3 }, end: { line: 2, column: 19 } },
        severity: 'warning',
        code: 'unknown-key',
        message:
          'Unknown field "autoscaleEnabeld": the API server will drop this key. Did you mean "autoscaleEnabled"?',
        params: { key: 'autoscaleEnabeld', mode: 'warn', suggestion: 'autoscaleEnabled' },
        suggestion: 'autoscaleEnabled',
      },
    ]);
  });

  it('is an error that the server rejects in strict mode', () => {
    const [found] = diagnoseValues('pilot:\n  autoscaleEnabeld: true\n', schema, {
      unknownKeys: 'strict',
    });
    expect(found.severity).toBe('error');
    expect(found.message).toContain('will reject this key');
  });

  it('suggests nothing when no sibling is close', () => {
    const [found] = diagnoseValues('pilot:\n  tolerations: []\n', schema, { unknownKeys: 'warn' });
    expect(found.suggestion).toBeUndefined();
    expect(found.message).toBe('Unknown field "tolerations": the API server will drop this key');
  });

  it('does not look inside an unknown subtree', () => {
    const found = diagnoseValues('pilott:\n  autoscaleEnabled: nope\n  other: 1\n', schema, {
      unknownKeys: 'warn',
    });
    expect(found).toEqual([expect.objectContaining({ path: 'pilott', suggestion: 'pilot' })]);
  });

  it('accepts any key in a map, a map of anything, and a preserved object', () => {
    const text = [
      'pilot:',
      '  env: {PILOT_TRACE_SAMPLING: "1"}',
      '  podAnnotations: {a: {b: c}}',
      '  extra: {whatever: [1]}',
    ].join('\n');
    expect(diagnoseValues(text, schema, { unknownKeys: 'strict' })).toEqual([]);
  });

  it('still checks the values of a typed map', () => {
    const found = diagnoseValues('pilot:\n  env:\n    TRACE: 1\n', schema, { unknownKeys: 'warn' });
    expect(found).toEqual([expect.objectContaining({ code: 'type', path: 'pilot.env.TRACE' })]);
  });

  it('reports every unknown key in document order', () => {
    const found = diagnoseValues('b: 1\npilot:\n  zz: 1\na: 2\n', schema, { unknownKeys: 'warn' });
    expect(found.map((d) => d.path)).toEqual(['b', 'pilot.zz', 'a']);
  });
});
