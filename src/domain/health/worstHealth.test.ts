/** @jest-environment node */
import type { Health } from './types';
import { compareHealth, worstHealth } from './worstHealth';

describe('worstHealth', () => {
  it('picks an error over everything else', () => {
    expect(worstHealth(['Healthy', 'Degraded', 'Error', 'Progressing', 'Unknown'])).toBe('Error');
  });

  it('picks degraded over unknown, and unknown over progressing', () => {
    expect(worstHealth(['Unknown', 'Degraded', 'Healthy'])).toBe('Degraded');
    expect(worstHealth(['Progressing', 'Unknown', 'Healthy'])).toBe('Unknown');
  });

  it('is healthy only when everything is healthy', () => {
    expect(worstHealth(['Healthy', 'Healthy'])).toBe('Healthy');
    expect(worstHealth(['Healthy', 'Progressing'])).toBe('Progressing');
  });

  it('has nothing to say about an empty list', () => {
    expect(worstHealth([])).toBe(undefined);
  });
});

describe('compareHealth', () => {
  it('sorts worst first', () => {
    const list: Health[] = ['Healthy', 'Error', 'Progressing', 'Unknown', 'Degraded'];
    expect([...list].sort(compareHealth)).toEqual([
      'Error',
      'Degraded',
      'Unknown',
      'Progressing',
      'Healthy',
    ]);
  });
});
