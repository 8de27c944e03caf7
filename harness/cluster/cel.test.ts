/** @jest-environment node */
import { escapeCelName, validateCelRules } from './cel';
import type { Schema } from './types';

describe('CEL property name escaping', () => {
  it('escapes reserved words and punctuation the way Kubernetes does', () => {
    expect(escapeCelName('namespace')).toBe('__namespace__');
    expect(escapeCelName('if')).toBe('__if__');
    expect(escapeCelName('my-field')).toBe('my__dash__field');
    expect(escapeCelName('a.b/c')).toBe('a__dot__b__slash__c');
    expect(escapeCelName('x__y')).toBe('x__underscores__y');
    expect(escapeCelName('plain')).toBe('plain');
  });
});

describe('rule evaluation', () => {
  const schema: Schema = {
    type: 'object',
    properties: {
      min: { type: 'integer' },
      max: { type: 'integer' },
      namespace: {
        type: 'string',
        'x-kubernetes-validations': [{ rule: 'self == oldSelf', message: 'Value is immutable' }],
      },
    },
    'x-kubernetes-validations': [
      { rule: 'self.min <= self.max', message: 'min must not exceed max' },
    ],
  };

  it('compares integer fields as CEL ints', () => {
    expect(validateCelRules({ min: 1, max: 3 }, undefined, schema, 'spec')).toEqual([]);
    expect(validateCelRules({ min: 5, max: 3 }, undefined, schema, 'spec')).toEqual([
      {
        reason: 'FieldValueInvalid',
        field: 'spec',
        message: 'Invalid value: "object": min must not exceed max',
      },
    ]);
  });

  it('skips transition rules without an old object and applies them with one', () => {
    expect(validateCelRules({ min: 1, max: 1, namespace: 'a' }, undefined, schema, 'spec')).toEqual(
      [],
    );
    const changed = validateCelRules(
      { min: 1, max: 1, namespace: 'b' },
      { min: 1, max: 1, namespace: 'a' },
      schema,
      'spec',
    );
    expect(changed.map((c) => c.field)).toEqual(['spec.namespace']);
  });

  it('reports evaluation errors instead of passing silently', () => {
    const missing: Schema = {
      type: 'object',
      'x-kubernetes-validations': [{ rule: 'self.absent == 1', message: 'needs absent' }],
    };
    const [cause] = validateCelRules({}, undefined, missing, 'spec');
    expect(cause.message).toMatch(/^Invalid value: "object": needs absent: evaluation error: /);
  });
});
