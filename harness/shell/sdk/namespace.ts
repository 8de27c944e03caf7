import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { ALL_NAMESPACES_KEY } from '@openshift-console/dynamic-plugin-sdk/lib/constants';
import { createStore, useStore } from './store';

export { ALL_NAMESPACES_KEY };

/** The namespace the console is scoped to; routes under /k8s/ns/<ns>/ set it. */
export const activeNamespaceStore = createStore<string>(ALL_NAMESPACES_KEY);

export const useActiveNamespace: typeof SDK.useActiveNamespace = () => [
  useStore(activeNamespaceStore),
  activeNamespaceStore.set,
];

export const isAllNamespacesKey: typeof SDK.isAllNamespacesKey = (ns) => ns === ALL_NAMESPACES_KEY;
