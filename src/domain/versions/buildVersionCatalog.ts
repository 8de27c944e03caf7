import rcompare from 'semver/functions/rcompare';
import type { ClusterServiceVersion, CustomResourceDefinition } from '../../k8s/types';
import { classifyName } from './classifyName';
import { resolveSupport } from './resolveSupport';
import { sortVersionEntries, type ShapedEntry } from './sortVersionEntries';
import type { CatalogIssue, VersionCatalog, VersionEntry } from './types';
import { readVersionField } from './versionField';

const emptyCatalog = (issues: CatalogIssue[], crdVersion?: string): VersionCatalog => ({
  entries: [],
  byName: new Map(),
  supportSource: 'none',
  crdVersion,
  issues,
});

/** The newest name of a line, preferring stable releases over pre-releases. */
const newestInLine = (shaped: ShapedEntry[], line: string): string | undefined => {
  const inLine = shaped.filter((s) => s.shape.line === line && s.shape.semver);
  const newest = (kind: VersionEntry['kind']) =>
    inLine
      .filter((s) => s.entry.kind === kind)
      .sort((a, b) => rcompare(a.shape.semver ?? '0.0.0', b.shape.semver ?? '0.0.0'))[0];
  return (newest('release') ?? newest('pre-release'))?.entry.name;
};

/**
 * Every name the CRD's `spec.version` accepts, classified and sorted newest first.
 * Bad input yields an empty catalog whose `issues` say why; it never throws.
 */
export const buildVersionCatalog = (
  istioCrd: CustomResourceDefinition,
  csv?: ClusterServiceVersion,
): VersionCatalog => {
  const { field, issues: fieldIssues } = readVersionField(istioCrd);
  if (!field) return emptyCatalog(fieldIssues);

  const support = resolveSupport(field, istioCrd, csv);
  const issues = [...fieldIssues, ...support.issues];
  if (field.defaultName !== undefined && !field.names.includes(field.defaultName)) {
    issues.push({
      code: 'default-not-in-enum',
      severity: 'warning',
      message: `The default ${field.defaultName} is not one of the accepted names.`,
      name: field.defaultName,
    });
  }

  const shaped: ShapedEntry[] = field.names.map((name) => {
    const shape = classifyName(name);
    const entry: VersionEntry = {
      name,
      kind: shape.kind,
      support: support.supported
        ? support.supported.has(name)
          ? 'supported'
          : 'end-of-life'
        : 'unknown',
      isDefault: name === field.defaultName,
    };
    if (shape.semver) entry.semver = shape.semver;
    if (shape.line) entry.line = shape.line;
    return { entry, shape };
  });
  for (const { entry, shape } of shaped) {
    if (entry.kind !== 'alias' || !shape.line) continue;
    const target = newestInLine(shaped, shape.line);
    if (target) entry.aliasOf = target;
  }

  const entries = sortVersionEntries(shaped).map((s) => s.entry);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return {
    entries,
    byName,
    defaultName: field.defaultName,
    recommended: pickRecommended(entries, byName, field.defaultName, support.supported),
    supportSource: support.source,
    crdVersion: field.crdVersion,
    issues,
  };
};

/**
 * The newest supported stable release. Without any support list, the CRD's default when it is a
 * stable release (the operator's own choice), else nothing.
 */
const pickRecommended = (
  entries: VersionEntry[],
  byName: ReadonlyMap<string, VersionEntry>,
  defaultName: string | undefined,
  supported: ReadonlySet<string> | undefined,
): string | undefined => {
  if (supported) {
    return entries.find((e) => e.kind === 'release' && e.support === 'supported')?.name;
  }
  const fallback = defaultName === undefined ? undefined : byName.get(defaultName);
  return fallback?.kind === 'release' ? fallback.name : undefined;
};

/**
 * What a name installs: a release or pre-release is itself, an alias is its target. Undefined for a
 * name the catalog does not know, or an alias whose target the CRD does not state.
 */
export const resolveVersion = (catalog: VersionCatalog, name: string): VersionEntry | undefined => {
  const entry = catalog.byName.get(name);
  if (!entry || entry.kind !== 'alias') return entry;
  return entry.aliasOf === undefined ? undefined : catalog.byName.get(entry.aliasOf);
};
