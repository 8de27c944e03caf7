import type { Health } from './types';

// Unknown outranks Progressing: a dashboard should not look calm about what it cannot see.
const SEVERITY: Readonly<Record<Health, number>> = {
  Healthy: 0,
  Progressing: 1,
  Unknown: 2,
  Degraded: 3,
  Error: 4,
};

/** Orders health from worst to best, for sorting lists. */
export const compareHealth = (a: Health, b: Health): number => SEVERITY[b] - SEVERITY[a];

/** The worst health in a list, or undefined for an empty list (nothing to judge). */
export const worstHealth = (healths: readonly Health[]): Health | undefined =>
  healths.reduce<Health | undefined>(
    (worst, h) => (worst === undefined || SEVERITY[h] > SEVERITY[worst] ? h : worst),
    undefined,
  );
