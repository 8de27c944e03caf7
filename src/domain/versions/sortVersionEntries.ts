import rcompare from 'semver/functions/rcompare';
import type { NameShape } from './classifyName';
import type { VersionEntry } from './types';

export type ShapedEntry = { entry: VersionEntry; shape: NameShape };

// A bare `latest` tracks the newest build and `master` is the development branch: both are newer
// than any numbered name, so they lead. Names we cannot read come last, alphabetically.
const groupOf = ({ shape }: ShapedEntry): number => {
  if (shape.bareAlias) return 0;
  if (shape.development) return 1;
  if (shape.line) return 2;
  return 3;
};

const compareLines = (a: string, b: string): number => {
  const [aMajor, aMinor] = a.split('.').map(Number);
  const [bMajor, bMinor] = b.split('.').map(Number);
  return bMajor - aMajor || bMinor - aMinor;
};

const compareWithinLine = (a: ShapedEntry, b: ShapedEntry): number => {
  const aIsAlias = a.entry.kind === 'alias';
  const bIsAlias = b.entry.kind === 'alias';
  if (aIsAlias !== bIsAlias) return aIsAlias ? -1 : 1;
  if (a.shape.semver && b.shape.semver) return rcompare(a.shape.semver, b.shape.semver);
  return 0;
};

const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Newest first. Numbered names are grouped by minor line, newest line first; each `vX.Y-latest`
 * alias comes right before its line's names, which follow by semver (so 1.31.0 precedes
 * 1.31.0-rc.1). Pre-releases therefore sit where their number puts them: `master` and a
 * v1.32.0-alpha build come before the v1.31 line.
 */
export const sortVersionEntries = (shaped: ShapedEntry[]): ShapedEntry[] =>
  [...shaped].sort((a, b) => {
    const byGroup = groupOf(a) - groupOf(b);
    if (byGroup !== 0) return byGroup;
    if (a.shape.line && b.shape.line) {
      return (
        compareLines(a.shape.line, b.shape.line) ||
        compareWithinLine(a, b) ||
        compareNames(a.entry.name, b.entry.name)
      );
    }
    return compareNames(a.entry.name, b.entry.name);
  });
