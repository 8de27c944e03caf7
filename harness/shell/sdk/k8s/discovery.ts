import type { K8sGroupVersionKind, K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './fetch';
import { apiPathFor, K8S_BASE_PATH } from './resourceUrl';

type APIResource = {
  name: string;
  singularName?: string;
  namespaced: boolean;
  kind: string;
  verbs?: K8sModel['verbs'];
  shortNames?: string[];
};
type APIResourceList = { resources?: APIResource[] };
type APIGroupList = {
  groups?: {
    name: string;
    versions: { version: string }[];
    preferredVersion?: { version: string };
  }[];
};

/** `group~version~kind`, the console's model reference (`core` for the core group). */
export const referenceFor = ({ group, version, kind }: K8sGroupVersionKind): string =>
  `${group || 'core'}~${version}~${kind}`;

export const referenceForModel = (model: K8sModel): string =>
  referenceFor({ group: model.apiGroup, version: model.apiVersion, kind: model.kind });

export const groupVersionKindFromReference = (
  reference: string,
): K8sGroupVersionKind | undefined => {
  const parts = reference.split('~');
  if (parts.length !== 3) return undefined;
  const [group, version, kind] = parts;
  return { group: group === 'core' ? undefined : group, version, kind };
};

const pluralLabel = (kind: string): string =>
  /(s|x|ch|sh)$/.test(kind)
    ? `${kind}es`
    : /[^aeiou]y$/.test(kind)
      ? `${kind.slice(0, -1)}ies`
      : `${kind}s`;

const modelFromResource = (group: string, version: string, r: APIResource): K8sModel => ({
  kind: r.kind,
  plural: r.name,
  apiVersion: version,
  ...(group ? { apiGroup: group } : {}),
  namespaced: r.namespaced,
  verbs: r.verbs,
  shortNames: r.shortNames,
  abbr: (r.shortNames?.[0] ?? r.kind.replace(/[^A-Z]/g, '')).toUpperCase().slice(0, 4),
  label: r.kind,
  labelPlural: pluralLabel(r.kind),
  crd: group.includes('.') && !group.endsWith('k8s.io'),
});

const resourceLists = new Map<string, Promise<K8sModel[]>>();

let groupList: Promise<APIGroupList> | undefined;
const apiGroups = (): Promise<APIGroupList> => {
  groupList ??= consoleFetchJSON(`${K8S_BASE_PATH}/apis`).catch((error) => {
    groupList = undefined;
    throw error;
  });
  return groupList;
};

/** Like the console, ask a group/version for its resources only when /apis lists it. */
const isServed = async (group: string | undefined, version: string): Promise<boolean> =>
  !group ||
  !!(await apiGroups()).groups?.some(
    (g) => g.name === group && g.versions.some((v) => v.version === version),
  );

/** The models one group/version serves, from its discovery document (cached; [] when absent). */
export const modelsForGroupVersion = (
  group: string | undefined,
  version: string,
): Promise<K8sModel[]> => {
  const key = `${group ?? ''}/${version}`;
  let pending = resourceLists.get(key);
  if (!pending) {
    pending = isServed(group, version)
      .then((served) => (served ? consoleFetchJSON(apiPathFor(group, version)) : {}))
      .then((list: APIResourceList) =>
        (list.resources ?? [])
          .filter((r) => !r.name.includes('/'))
          .map((r) => modelFromResource(group ?? '', version, r)),
      )
      .catch((error: { code?: number }) => {
        if (error.code === 404) return [];
        resourceLists.delete(key);
        throw error;
      });
    resourceLists.set(key, pending);
  }
  return pending;
};

/** The model for a group/version/kind; a missing version means the group's preferred one. */
export const findModel = async (gvk: {
  group?: string;
  version?: string;
  kind: string;
}): Promise<K8sModel | undefined> => {
  let { version } = gvk;
  if (!version) {
    if (!gvk.group) version = 'v1';
    else {
      const group = (await apiGroups()).groups?.find((g) => g.name === gvk.group);
      version = group?.preferredVersion?.version ?? group?.versions[0]?.version;
      if (!version) return undefined;
    }
  }
  const models = await modelsForGroupVersion(gvk.group || undefined, version);
  return models.find((m) => m.kind === gvk.kind);
};

/** Every model the API server serves, keyed by reference. */
export const findAllModels = async (): Promise<Record<string, K8sModel>> => {
  const lists = [modelsForGroupVersion(undefined, 'v1')];
  for (const group of (await apiGroups()).groups ?? []) {
    for (const { version } of group.versions)
      lists.push(modelsForGroupVersion(group.name, version));
  }
  const all: Record<string, K8sModel> = {};
  for (const model of (await Promise.all(lists)).flat()) all[referenceForModel(model)] = model;
  return all;
};

/** Resolves the console's `kind` strings: a reference (`group~version~kind`) or a core kind. */
export const findModelByKindString = (kind: string): Promise<K8sModel | undefined> => {
  const gvk = groupVersionKindFromReference(kind);
  return findModel(gvk ?? { version: 'v1', kind });
};
