import type { VersionCatalog, VersionEntry } from '../../../domain/versions';

export type VersionGroupId = 'releases' | 'aliases' | 'pre-releases' | 'end-of-life';

export type VersionGroup = { id: VersionGroupId; entries: VersionEntry[] };

const groupOf = (entry: VersionEntry): VersionGroupId => {
  if (entry.support === 'end-of-life') return 'end-of-life';
  if (entry.kind === 'alias') return 'aliases';
  if (entry.kind === 'pre-release') return 'pre-releases';
  return 'releases';
};

const ORDER: VersionGroupId[] = ['releases', 'aliases', 'pre-releases', 'end-of-life'];

/**
 * The version drop-down's groups in display order, each keeping the catalog's newest-first order.
 * Empty groups are left out.
 */
export const groupVersionOptions = (catalog: VersionCatalog): VersionGroup[] => {
  const groups = new Map<VersionGroupId, VersionEntry[]>(ORDER.map((id) => [id, []]));
  for (const entry of catalog.entries) groups.get(groupOf(entry))?.push(entry);
  return ORDER.map((id) => ({ id, entries: groups.get(id) ?? [] })).filter(
    (group) => group.entries.length > 0,
  );
};

/** Only end-of-life names are refused; unknown support is not a reason to refuse. */
export const isSelectable = (entry: VersionEntry): boolean => entry.support !== 'end-of-life';

/** The catalog cannot offer a list: the version field falls back to free text. */
export const catalogUnusable = (catalog: VersionCatalog | undefined): boolean =>
  !catalog || catalog.entries.length === 0;

/** The name a new form starts with: the newest supported stable release, else the CRD default. */
export const preselectedVersion = (catalog: VersionCatalog | undefined): string | undefined => {
  if (!catalog) return undefined;
  if (catalog.recommended) return catalog.recommended;
  const fallback = catalog.defaultName ? catalog.byName.get(catalog.defaultName) : undefined;
  return fallback && isSelectable(fallback) ? fallback.name : undefined;
};
