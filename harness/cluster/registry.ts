import type { JsonObject, KubeObject, ResourceInfo, Schema } from './types';
import { isObject } from './types';

/** Resources the simulated API server knows: built-in kinds plus one per established CRD. */

const ALL_VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

const builtIn = (
  group: string,
  version: string,
  kind: string,
  plural: string,
  namespaced: boolean,
  verbs = ALL_VERBS,
  shortNames?: string[],
): ResourceInfo => ({
  group,
  versions: [version],
  storageVersion: version,
  plural,
  singular: kind.toLowerCase(),
  kind,
  listKind: `${kind}List`,
  namespaced,
  verbs,
  ...(shortNames ? { shortNames } : {}),
  schemas: {},
  statusSubresource: false,
  deprecatedVersions: {},
});

export const NAMESPACES = builtIn('', 'v1', 'Namespace', 'namespaces', false, undefined, ['ns']);
export const EVENTS = builtIn('', 'v1', 'Event', 'events', true, undefined, ['ev']);
export const CRDS = builtIn(
  'apiextensions.k8s.io',
  'v1',
  'CustomResourceDefinition',
  'customresourcedefinitions',
  false,
  undefined,
  ['crd', 'crds'],
);
export const CSVS = builtIn(
  'operators.coreos.com',
  'v1alpha1',
  'ClusterServiceVersion',
  'clusterserviceversions',
  true,
  undefined,
  ['csv', 'csvs'],
);
export const SSARS = builtIn(
  'authorization.k8s.io',
  'v1',
  'SelfSubjectAccessReview',
  'selfsubjectaccessreviews',
  false,
  ['create'],
);

const BUILT_INS = [NAMESPACES, EVENTS, CRDS, CSVS, SSARS];

type CrdVersion = {
  name: string;
  served?: boolean;
  storage?: boolean;
  deprecated?: boolean;
  deprecationWarning?: string;
  schema?: { openAPIV3Schema?: Schema };
  subresources?: JsonObject;
};

const crdVersions = (crd: KubeObject): CrdVersion[] => {
  const spec = isObject(crd.spec) ? crd.spec : {};
  return Array.isArray(spec.versions) ? (spec.versions as CrdVersion[]) : [];
};

/** Resource description served for a CRD, or undefined when the CRD is malformed. */
export const resourceInfoFromCrd = (crd: KubeObject): ResourceInfo | undefined => {
  const spec = isObject(crd.spec) ? crd.spec : undefined;
  const names = spec && isObject(spec.names) ? (spec.names as Record<string, unknown>) : undefined;
  if (!spec || !names || typeof spec.group !== 'string' || typeof names.plural !== 'string') {
    return undefined;
  }
  const served = crdVersions(crd).filter((v) => v.served !== false);
  const storage = served.find((v) => v.storage) ?? served[0];
  if (!storage) return undefined;
  const kind = String(names.kind ?? '');
  const schemas: Record<string, Schema | undefined> = {};
  const deprecatedVersions: Record<string, string> = {};
  for (const v of served) {
    schemas[v.name] = v.schema?.openAPIV3Schema;
    if (v.deprecated) {
      deprecatedVersions[v.name] =
        v.deprecationWarning ??
        `${spec.group}/${v.name} ${kind} is deprecated; use ${spec.group}/${storage.name} ${kind}`;
    }
  }
  return {
    group: spec.group,
    versions: [storage.name, ...served.filter((v) => v !== storage).map((v) => v.name)],
    storageVersion: storage.name,
    plural: names.plural,
    singular: String(names.singular ?? kind.toLowerCase()),
    kind,
    listKind: String(names.listKind ?? `${kind}List`),
    namespaced: spec.scope === 'Namespaced',
    ...(Array.isArray(names.shortNames) ? { shortNames: names.shortNames as string[] } : {}),
    ...(Array.isArray(names.categories) ? { categories: names.categories as string[] } : {}),
    verbs: ALL_VERBS,
    schemas,
    statusSubresource: served.some((v) => isObject(v.subresources) && 'status' in v.subresources),
    deprecatedVersions,
  };
};

export type Registry = {
  all(): ResourceInfo[];
  find(group: string, version: string, plural: string): ResourceInfo | undefined;
  byKind(group: string, kind: string): ResourceInfo | undefined;
};

export const buildRegistry = (crds: KubeObject[]): Registry => {
  const resources = [...BUILT_INS];
  for (const crd of crds) {
    const info = resourceInfoFromCrd(crd);
    if (info) resources.push(info);
  }
  return {
    all: () => resources,
    find: (group, version, plural) =>
      resources.find(
        (r) => r.group === group && r.plural === plural && r.versions.includes(version),
      ),
    byKind: (group, kind) => resources.find((r) => r.group === group && r.kind === kind),
  };
};

/** Key under which objects of a resource are stored, whatever version they were written in. */
export const storageKey = (info: Pick<ResourceInfo, 'group' | 'plural'>): string =>
  `${info.group}/${info.plural}`;
