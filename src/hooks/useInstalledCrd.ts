import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { CustomResourceDefinitionModel, crdNameFor, groupVersionKindFor } from '../k8s/models';
import type { CustomResourceDefinition } from '../k8s/types';

/** The CRD that serves `model`, as installed in the cluster (the source of schemas and versions). */
export const useInstalledCrd = (model: K8sModel) =>
  useK8sWatchResource<CustomResourceDefinition>({
    groupVersionKind: groupVersionKindFor(CustomResourceDefinitionModel),
    name: crdNameFor(model),
  });
