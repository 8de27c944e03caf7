import type { Diagnostic, Severity } from '../../domain/schema/types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; each group in document order. */
export const orderHints = (diagnostics: Diagnostic[]): Diagnostic[] =>
  [...diagnostics].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column,
  );

export type HintCounts = Record<Severity, number>;

export const countHints = (diagnostics: Diagnostic[]): HintCounts =>
  diagnostics.reduce<HintCounts>(
    (counts, d) => ({ ...counts, [d.severity]: counts[d.severity] + 1 }),
    { error: 0, warning: 0, info: 0 },
  );
