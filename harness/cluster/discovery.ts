import type { JsonObject, ResourceInfo } from './types';
import { groupVersion } from './types';
import type { Registry } from './registry';

/** Discovery documents (/api, /apis, /apis/<group>/<version>, /version), legacy format. */

export const versionInfo = (): JsonObject => ({
  major: '1',
  minor: '35',
  gitVersion: 'v1.35.1',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2026-06-01T00:00:00Z',
  goVersion: 'go1.25.3',
  compiler: 'gc',
  platform: 'linux/amd64',
});

const apiResource = (info: ResourceInfo): JsonObject[] => {
  const main = {
    name: info.plural,
    singularName: info.singular,
    namespaced: info.namespaced,
    kind: info.kind,
    verbs: info.verbs,
    ...(info.shortNames ? { shortNames: info.shortNames } : {}),
    ...(info.categories ? { categories: info.categories } : {}),
  };
  if (!info.statusSubresource) return [main];
  return [
    main,
    {
      name: `${info.plural}/status`,
      singularName: '',
      namespaced: info.namespaced,
      kind: info.kind,
      verbs: ['get', 'patch', 'update'],
    },
  ];
};

export const resourceList = (
  registry: Registry,
  group: string,
  version: string,
): JsonObject | undefined => {
  const resources = registry.all().filter((r) => r.group === group && r.versions.includes(version));
  if (resources.length === 0) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: groupVersion(group, version),
    resources: resources.flatMap(apiResource),
  };
};

export const coreVersions = (): JsonObject => ({
  kind: 'APIVersions',
  versions: ['v1'],
  serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }],
});

const apiGroup = (registry: Registry, name: string): JsonObject | undefined => {
  const resources = registry.all().filter((r) => r.group === name);
  if (resources.length === 0) return undefined;
  // Storage versions first, in registration order, then the remaining served versions.
  const versions = [...new Set(resources.flatMap((r) => r.versions))];
  const entries = versions.map((version) => ({ groupVersion: `${name}/${version}`, version }));
  return { name, versions: entries, preferredVersion: entries[0] };
};

export const groupList = (registry: Registry): JsonObject => {
  const names = [...new Set(registry.all().map((r) => r.group))].filter(Boolean);
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: names.map((n) => apiGroup(registry, n)),
  };
};

export const group = (registry: Registry, name: string): JsonObject | undefined => {
  const found = apiGroup(registry, name);
  return found ? { kind: 'APIGroup', apiVersion: 'v1', ...found } : undefined;
};
