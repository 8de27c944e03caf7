/** @jest-environment node */
import { editDistance, prepareCandidates, suggestName } from './didYouMean';

describe('editDistance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('enabeld', 'enabled')).toBe(1);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('gives up past the limit instead of finishing the table', () => {
    expect(editDistance('autoscaleEnabled', 'zzzzzzzzzzzzzzzz', 2)).toBe(3);
  });
});

describe('suggestName', () => {
  const pilot = prepareCandidates(['autoscaleEnabled', 'autoscaleMax', 'autoscaleMin', 'enabled']);

  it('suggests the property whose letters were swapped', () => {
    expect(suggestName('autoscaleEnabeld', pilot)).toBe('autoscaleEnabled');
  });

  it('prefers a name that differs only in case', () => {
    expect(suggestName('AUTOSCALEMAX', pilot)).toBe('autoscaleMax');
  });

  it('suggests nothing for a word that is not a near miss', () => {
    expect(suggestName('replicaCount', pilot)).toBeUndefined();
  });

  it('keeps short words to a single edit', () => {
    const names = prepareCandidates(['hub', 'tag']);
    expect(suggestName('hb', names)).toBe('hub');
    expect(suggestName('ab', names)).toBeUndefined();
  });

  it('picks the same candidate every time when two are equally close', () => {
    const names = prepareCandidates(['autoscaleMin', 'autoscaleMax']);
    expect(suggestName('autoscaleMix', names)).toBe('autoscaleMax');
  });
});
