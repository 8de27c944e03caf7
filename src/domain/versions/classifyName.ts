import parseSemver from 'semver/functions/parse';
import type { VersionKind } from './types';

export type NameShape = {
  kind: VersionKind;
  semver?: string;
  line?: string;
  /** `latest` alone: a moving name with no line. */
  bareAlias?: boolean;
  /** `master`: the development branch, newer than every numbered name. */
  development?: boolean;
};

const LINE_ALIAS = /^v?(\d+)\.(\d+)-latest$/;
// Istio's own names, including older ones without a patch number such as v1.27-alpha.9c6178f5.
const NUMBERED = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?$/;

/** Reads what a version name means from its spelling alone. */
export const classifyName = (name: string): NameShape => {
  const alias = LINE_ALIAS.exec(name);
  if (alias) return { kind: 'alias', line: `${Number(alias[1])}.${Number(alias[2])}` };
  if (name === 'latest') return { kind: 'alias', bareAlias: true };
  if (name === 'master') return { kind: 'pre-release', development: true };

  const numbered = NUMBERED.exec(name);
  const parsed = numbered
    ? parseSemver(
        `${Number(numbered[1])}.${Number(numbered[2])}.${Number(numbered[3] ?? 0)}` +
          (numbered[4] ? `-${numbered[4]}` : ''),
      )
    : null;
  // Names we cannot read as versions cannot be called stable releases either.
  if (!parsed) return { kind: 'pre-release' };
  return {
    kind: parsed.prerelease.length > 0 ? 'pre-release' : 'release',
    semver: parsed.version,
    line: `${parsed.major}.${parsed.minor}`,
  };
};
