import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useAccessReview, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import { groupVersionKindFor, NamespaceModel } from '../../../k8s/models';

export type NamespaceNames = {
  names: string[];
  loaded: boolean;
  /** Listing namespaces may be forbidden; the field then accepts any name without hints. */
  error?: unknown;
  /** Whether the user may create a missing namespace (false while the access check runs). */
  canCreate: boolean;
};

/**
 * The cluster's namespace names, sorted, for the namespace typeahead and existence check, and
 * whether the user may create one that is missing.
 */
export const useNamespaceNames = (): NamespaceNames => {
  const [namespaces, loaded, error] = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: groupVersionKindFor(NamespaceModel),
    isList: true,
  });
  const names = useMemo(
    () =>
      (namespaces ?? [])
        .map((ns) => ns.metadata?.name)
        .filter((name): name is string => Boolean(name))
        .sort(),
    [namespaces],
  );
  const [mayCreate, checking] = useAccessReview({ resource: 'namespaces', verb: 'create' });
  return { names, loaded, error: error || undefined, canCreate: mayCreate && !checking };
};
