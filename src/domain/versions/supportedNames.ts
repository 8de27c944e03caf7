import type { ClusterServiceVersion, CustomResourceDefinition } from '../../k8s/types';

const SELECT_PREFIX = 'urn:alm:descriptor:com.tectonic.ui:select:';
const LIST_MARKER = 'Must be one of:';
const NAME_TOKEN = /^[A-Za-z0-9][A-Za-z0-9._+-]*/;

type OwnedCrd = NonNullable<
  NonNullable<NonNullable<ClusterServiceVersion['spec']>['customresourcedefinitions']>['owned']
>[number];

const crdName = (crd: CustomResourceDefinition): string =>
  crd.metadata?.name ?? `${crd.spec?.names?.plural ?? ''}.${crd.spec?.group ?? ''}`;

const versionSelectNames = (owned: OwnedCrd): string[] | undefined => {
  const descriptors = Array.isArray(owned.specDescriptors) ? owned.specDescriptors : [];
  const descriptor = descriptors.find((d) => d?.path === 'version');
  const xDescriptors = descriptor?.['x-descriptors'];
  if (!Array.isArray(xDescriptors)) return undefined;
  const names = xDescriptors
    .filter((x): x is string => typeof x === 'string' && x.startsWith(SELECT_PREFIX))
    .map((x) => x.slice(SELECT_PREFIX.length))
    .filter((name) => name !== '');
  return names.length > 0 ? names : undefined;
};

/**
 * The names the CSV offers in its `version` select for this CRD, or undefined when it has no such
 * list. Prefers the owned entry for the CRD version being read, as a CSV may list several.
 */
export const supportedNamesFromCsv = (
  csv: ClusterServiceVersion,
  crd: CustomResourceDefinition,
  crdVersion: string,
): string[] | undefined => {
  const owned = csv?.spec?.customresourcedefinitions?.owned;
  if (!Array.isArray(owned)) return undefined;
  const name = crdName(crd);
  const kind = crd.spec?.names?.kind;
  const candidates = owned.filter((o) => o && o.name === name && (!kind || o.kind === kind));
  const ordered = [
    ...candidates.filter((o) => o.version === crdVersion),
    ...candidates.filter((o) => o.version !== crdVersion),
  ];
  for (const candidate of ordered) {
    const names = versionSelectNames(candidate);
    if (names) return names;
  }
  return undefined;
};

/**
 * The comma-separated names after "Must be one of:" in a field description, or undefined when the
 * description has no such list. Version names contain dots, so a name ends at a comma, whitespace
 * or a sentence-ending dot.
 */
export const supportedNamesFromDescription = (
  description: string | undefined,
): string[] | undefined => {
  if (typeof description !== 'string') return undefined;
  const at = description.indexOf(LIST_MARKER);
  if (at < 0) return undefined;
  let rest = description.slice(at + LIST_MARKER.length);
  const names: string[] = [];
  for (;;) {
    rest = rest.replace(/^\s+/, '');
    const token = NAME_TOKEN.exec(rest);
    if (!token) break;
    names.push(token[0].replace(/\.+$/, ''));
    rest = rest.slice(token[0].length).replace(/^\s+/, '');
    if (!rest.startsWith(',')) break;
    rest = rest.slice(1);
  }
  return names.length > 0 ? names : undefined;
};
