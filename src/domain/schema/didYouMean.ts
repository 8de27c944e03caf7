/**
 * Edit distance with adjacent transpositions (optimal string alignment), so `Enabeld` is one edit
 * from `Enabled`. Stops early and returns `limit + 1` once the distance must exceed `limit`.
 */
export const editDistance = (a: string, b: string, limit = Infinity): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, prevPrev[j - 2] + 1);
      }
      row.push(best);
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
};

/** How many edits still read as a typo rather than a different word. */
export const typoLimit = (word: string): number => {
  if (word.length <= 3) return 1;
  if (word.length <= 6) return 2;
  return Math.min(4, Math.floor(word.length / 3));
};

/**
 * Candidate names prepared once per schema node: sorted so ties resolve the same way every time,
 * and lower-cased for the case-only mistakes (`autoscaleenabled`).
 */
export type NameCandidates = {
  sorted: readonly string[];
  byLowerCase: ReadonlyMap<string, string>;
};

export const prepareCandidates = (names: Iterable<string>): NameCandidates => {
  const sorted = [...new Set(names)].sort();
  const byLowerCase = new Map<string, string>();
  for (const name of sorted) {
    const lower = name.toLowerCase();
    if (!byLowerCase.has(lower)) byLowerCase.set(lower, name);
  }
  return { sorted, byLowerCase };
};

/** The known name the user most likely meant, or undefined when nothing is close enough. */
export const suggestName = (word: string, candidates: NameCandidates): string | undefined => {
  const lower = word.toLowerCase();
  const sameLetters = candidates.byLowerCase.get(lower);
  if (sameLetters !== undefined && sameLetters !== word) return sameLetters;
  const limit = typoLimit(word);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of candidates.sorted) {
    if (name === word) continue;
    const distance = editDistance(lower, name.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
};
