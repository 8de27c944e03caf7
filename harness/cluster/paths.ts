/** Splits a Kubernetes REST path into its parts. */

export type ResourcePath = {
  group: string;
  version: string;
  namespace?: string;
  plural: string;
  name?: string;
  subresource?: string;
};

export type ParsedPath =
  | { type: 'version' }
  | { type: 'coreVersions' }
  | { type: 'groups' }
  | { type: 'group'; group: string }
  | { type: 'resources'; group: string; version: string }
  | ({ type: 'resource' } & ResourcePath)
  | { type: 'unknown' };

const NAMESPACE_SUBRESOURCES = new Set(['status', 'finalize']);

export const parsePath = (pathname: string): ParsedPath => {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 1 && parts[0] === 'version') return { type: 'version' };
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === 'api') {
    if (parts.length === 1) return { type: 'coreVersions' };
    [group, version, rest] = ['', parts[1], parts.slice(2)];
  } else if (parts[0] === 'apis') {
    if (parts.length === 1) return { type: 'groups' };
    if (parts.length === 2) return { type: 'group', group: parts[1] };
    [group, version, rest] = [parts[1], parts[2], parts.slice(3)];
  } else {
    return { type: 'unknown' };
  }
  if (rest.length === 0) return { type: 'resources', group, version };
  let namespace: string | undefined;
  const isNamespaceItself =
    group === '' && (rest.length <= 2 || NAMESPACE_SUBRESOURCES.has(rest[2]));
  if (rest[0] === 'namespaces' && rest.length >= 3 && !isNamespaceItself) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  if (rest.length > 3) return { type: 'unknown' };
  const [plural, name, subresource] = rest;
  return {
    type: 'resource',
    group,
    version,
    plural,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(subresource !== undefined ? { subresource } : {}),
  };
};
