import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';

/** `sailoperator.io~v1~Istio`: how the console names a kind in URLs and action contexts. */
export const referenceFor = (model: K8sModel): string =>
  `${model.apiGroup ?? 'core'}~${model.apiVersion}~${model.kind}`;

/** The "Edit values" page of one Istio (cluster-scoped v1, or the namespaced early API). */
export const editValuesPath = (model: K8sModel, name: string, namespace?: string): string =>
  model.namespaced
    ? `/service-mesh/ns/${encodeURIComponent(namespace ?? '')}/istio/${encodeURIComponent(name)}/values`
    : `/service-mesh/istio/${encodeURIComponent(name)}/values`;

/** The console's details page of the resource, where Cancel and Save return. */
export const detailsPath = (model: K8sModel, name: string, namespace?: string): string =>
  model.namespaced
    ? `/k8s/ns/${encodeURIComponent(namespace ?? '')}/${referenceFor(model)}/${encodeURIComponent(name)}`
    : `/k8s/cluster/${referenceFor(model)}/${encodeURIComponent(name)}`;

/** The console's create page of a kind (our Create Istio page for both APIs). */
export const createPath = (model: K8sModel, namespace = 'istio-system'): string =>
  model.namespaced
    ? `/k8s/ns/${encodeURIComponent(namespace)}/${referenceFor(model)}/~new`
    : `/k8s/cluster/${referenceFor(model)}/~new`;
