/** @jest-environment node */
import { escapeCelName, evaluateRule, toCelValue, unescapeCelName } from './celRules';
import type { ValidationRule } from './schemaIndex';

const rule = (text: string, extra: Partial<ValidationRule> = {}): ValidationRule => ({
  rule: text,
  usesOldSelf: /\boldSelf\b/.test(text),
  ...extra,
});

describe('escapeCelName', () => {
  it('escapes CEL reserved words as __word__', () => {
    expect(escapeCelName('namespace')).toBe('__namespace__');
    expect(escapeCelName('in')).toBe('__in__');
    expect(escapeCelName('while')).toBe('__while__');
  });

  it('escapes double underscores, dots, dashes and slashes', () => {
    expect(escapeCelName('redact__d')).toBe('redact__underscores__d');
    expect(escapeCelName('x-prop')).toBe('x__dash__prop');
    expect(escapeCelName('sidecar.istio.io/inject')).toBe(
      'sidecar__dot__istio__dot__io__slash__inject',
    );
  });

  it('leaves ordinary names, single underscores and words containing keywords alone', () => {
    expect(escapeCelName('istio_cni')).toBe('istio_cni');
    expect(escapeCelName('sprint')).toBe('sprint');
  });

  it('makes names Kubernetes cannot reach from CEL unreachable', () => {
    expect(escapeCelName('1abc')).toBeUndefined();
    expect(escapeCelName('a b')).toBeUndefined();
  });

  it('reverses its escaping', () => {
    for (const name of ['namespace', 'x-prop', 'a__b', 'sidecar.istio.io/inject', 'plain']) {
      expect(unescapeCelName(escapeCelName(name) as string)).toBe(name);
    }
  });
});

describe('toCelValue', () => {
  it('keys declared properties by escaped name and map entries by their own name', () => {
    const value = toCelValue(
      { namespace: 'istio-system', labels: { 'app-name': 'x' } },
      {
        type: 'object',
        properties: {
          namespace: { type: 'string' },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    ) as Map<string, unknown>;
    expect([...value.keys()]).toEqual(['__namespace__', 'labels']);
    expect([...(value.get('labels') as Map<string, unknown>).keys()]).toEqual(['app-name']);
  });

  it('passes integers as CEL ints and number fields as doubles', () => {
    expect(toCelValue(3, { type: 'integer' })).toBe(BigInt(3));
    expect(toCelValue(3, { type: 'number' })).toBe(3);
  });
});

describe('evaluateRule', () => {
  const self = toCelValue({ a: 1, b: 2 });

  it('passes and fails with the rule message', () => {
    expect(evaluateRule(rule('has(self.a)'), self)).toEqual({ status: 'pass' });
    expect(evaluateRule(rule('!has(self.a)', { message: 'no a' }), self)).toEqual({
      status: 'fail',
      message: 'no a',
    });
  });

  it('names the rule when it has no message, as the server does', () => {
    expect(evaluateRule(rule('self.a > 5'), self)).toEqual({
      status: 'fail',
      message: 'failed rule: self.a > 5',
    });
  });

  it('uses messageExpression when it evaluates to text', () => {
    const outcome = evaluateRule(
      rule('self.a > 5', { message: 'static', messageExpression: "'a is ' + string(self.a)" }),
      self,
    );
    expect(outcome).toEqual({ status: 'fail', message: 'a is 1' });
  });

  it('calls a rule with a function the evaluator lacks unsupported, without throwing', () => {
    expect(evaluateRule(rule("quantity('1Gi').isGreaterThan(quantity('1Mi'))"), self).status).toBe(
      'unsupported',
    );
    expect(evaluateRule(rule('self.a +'), self).status).toBe('unsupported');
  });

  it('calls reading an absent field an error of the document', () => {
    expect(evaluateRule(rule('self.c == 1'), self)).toMatchObject({ status: 'error' });
  });

  it('compares with oldSelf when given', () => {
    expect(evaluateRule(rule('self == oldSelf'), 'a', 'a')).toEqual({ status: 'pass' });
    expect(evaluateRule(rule('self == oldSelf'), 'a', 'b').status).toBe('fail');
  });
});
