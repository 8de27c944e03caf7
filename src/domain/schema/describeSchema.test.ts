/** @jest-environment node */
import { displayType, firstSentence, isDeprecated, yamlScalarText } from './describeSchema';

describe('firstSentence', () => {
  it('stops at the first sentence end, not at abbreviations or inside parentheses', () => {
    expect(firstSentence('Sets the hub (e.g. quay.io). Used by all images.')).toBe(
      'Sets the hub (e.g. quay.io).',
    );
    expect(firstSentence('Use e.g. a file. Then more.')).toBe('Use e.g. a file.');
  });

  it('ends at "etc." only when a new sentence follows', () => {
    expect(firstSentence('Stops on eviction, contention, etc. The handler is skipped.')).toBe(
      'Stops on eviction, contention, etc.',
    );
    expect(firstSentence('Hosts, ports, etc. are kept. More.')).toBe(
      'Hosts, ports, etc. are kept.',
    );
  });

  it('skips a leading REQUIRED or Optional marker', () => {
    expect(firstSentence('REQUIRED. Specifies the port of the service.')).toBe(
      'Specifies the port of the service.',
    );
    expect(firstSentence('Optional. Additional headers to log. More.')).toBe(
      'Additional headers to log.',
    );
    expect(firstSentence('Deprecated.')).toBe('Deprecated.');
  });

  it('keeps the first paragraph on one line when it has no period', () => {
    expect(firstSentence('Default node selector\nfor all pods\n\nSee the docs.')).toBe(
      'Default node selector for all pods',
    );
    expect(firstSentence(undefined)).toBe('');
  });
});

describe('isDeprecated', () => {
  it('recognises the ways upstream marks retired fields', () => {
    expect(isDeprecated('K8s selector.\n\nDeprecated: Marked as deprecated in x.proto.')).toBe(
      true,
    );
    expect(isDeprecated('DEPRECATED. Use includeRequestHeadersInCheck instead.')).toBe(true);
    expect(isDeprecated('Configure certificates.\n\nNote: Deprecated, please use y.')).toBe(true);
    expect(isDeprecated('Old setting. Deprecated since 1.20.')).toBe(true);
  });

  it('does not flag descriptions that only mention deprecation', () => {
    expect(isDeprecated('Replaces the deprecated field foo.')).toBe(false);
    expect(isDeprecated(undefined)).toBe(false);
  });
});

describe('displayType', () => {
  it('names maps, lists, int-or-string and free-form objects', () => {
    expect(displayType({ type: 'object', additionalProperties: { type: 'string' } })).toBe(
      'map of string',
    );
    expect(
      displayType({ type: 'array', items: { type: 'array', items: { type: 'integer' } } }),
    ).toBe('array of array of integer');
    expect(displayType({ 'x-kubernetes-int-or-string': true })).toBe('integer | string');
    expect(displayType({ 'x-kubernetes-preserve-unknown-fields': true })).toBe('object');
    expect(displayType({})).toBe('any');
  });
});

describe('yamlScalarText', () => {
  it('quotes strings that either YAML 1.1 or 1.2 would read as something else', () => {
    expect(['yes', 'null', '0x1F', '', ' x', 'a: b', '#x'].map(yamlScalarText)).toEqual([
      '"yes"',
      '"null"',
      '"0x1F"',
      '""',
      '" x"',
      '"a: b"',
      '"#x"',
    ]);
    expect(['IfNotPresent', 'TLSV1_2', '/dev/stdout'].map(yamlScalarText)).toEqual([
      'IfNotPresent',
      'TLSV1_2',
      '/dev/stdout',
    ]);
    expect([3, true, null].map(yamlScalarText)).toEqual(['3', 'true', 'null']);
  });
});
