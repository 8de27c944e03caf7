import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import { groupVersionKindFor, NamespaceModel } from '../../../k8s/models';

export type NamespaceNames = {
  names: string[];
  loaded: boolean;
  /** Listing namespaces may be forbidden; the field then accepts any name without hints. */
  error?: unknown;
};

/** The cluster's namespace names, sorted, for the namespace typeahead and existence check. */
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
  return { names, loaded, error: error || undefined };
};
