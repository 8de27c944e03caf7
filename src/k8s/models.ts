import type { K8sGroupVersionKind, K8sModel } from '@openshift-console/dynamic-plugin-sdk';

export const SAIL_GROUP = 'sailoperator.io';
export const EARLY_GROUP = 'operator.istio.io';

const sailModel = (
  kind: string,
  plural: string,
  abbr: string,
  label: string,
  labelPlural: string,
  version = 'v1',
): K8sModel => ({
  apiGroup: SAIL_GROUP,
  apiVersion: version,
  kind,
  plural,
  abbr,
  label,
  labelPlural,
  namespaced: false,
  crd: true,
});

export const IstioModel = sailModel('Istio', 'istios', 'I', 'Istio', 'Istios');
export const IstioRevisionModel = sailModel(
  'IstioRevision',
  'istiorevisions',
  'IR',
  'IstioRevision',
  'IstioRevisions',
);
export const IstioRevisionTagModel = sailModel(
  'IstioRevisionTag',
  'istiorevisiontags',
  'IRT',
  'IstioRevisionTag',
  'IstioRevisionTags',
);
export const IstioCNIModel = sailModel('IstioCNI', 'istiocnis', 'ICNI', 'IstioCNI', 'IstioCNIs');
export const ZTunnelModel = sailModel('ZTunnel', 'ztunnels', 'ZT', 'ZTunnel', 'ZTunnels');
/** Deprecated but still served by the operator. */
export const ZTunnelV1Alpha1Model = sailModel(
  'ZTunnel',
  'ztunnels',
  'ZT',
  'ZTunnel',
  'ZTunnels',
  'v1alpha1',
);

/** The early API: namespaced, with `spec.rawValues` and `status.appliedValues`. */
export const EarlyIstioModel: K8sModel = {
  apiGroup: EARLY_GROUP,
  apiVersion: 'v1alpha1',
  kind: 'Istio',
  plural: 'istios',
  abbr: 'I',
  label: 'Istio',
  labelPlural: 'Istios',
  namespaced: true,
  crd: true,
};

export const CustomResourceDefinitionModel: K8sModel = {
  apiGroup: 'apiextensions.k8s.io',
  apiVersion: 'v1',
  kind: 'CustomResourceDefinition',
  plural: 'customresourcedefinitions',
  abbr: 'CRD',
  label: 'CustomResourceDefinition',
  labelPlural: 'CustomResourceDefinitions',
  namespaced: false,
};

export const ClusterServiceVersionModel: K8sModel = {
  apiGroup: 'operators.coreos.com',
  apiVersion: 'v1alpha1',
  kind: 'ClusterServiceVersion',
  plural: 'clusterserviceversions',
  abbr: 'CSV',
  label: 'ClusterServiceVersion',
  labelPlural: 'ClusterServiceVersions',
  namespaced: true,
};

export const NamespaceModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Namespace',
  plural: 'namespaces',
  abbr: 'NS',
  label: 'Namespace',
  labelPlural: 'Namespaces',
  namespaced: false,
};

export const groupVersionKindFor = (model: K8sModel): K8sGroupVersionKind => ({
  group: model.apiGroup,
  version: model.apiVersion,
  kind: model.kind,
});

/** Name of the CRD that serves a model, e.g. `istios.sailoperator.io`. */
export const crdNameFor = (model: K8sModel): string => `${model.plural}.${model.apiGroup ?? ''}`;

/** `apiVersion` as written in a resource, e.g. `sailoperator.io/v1` (`v1` for the core group). */
export const apiVersionOf = (model: K8sModel): string =>
  model.apiGroup ? `${model.apiGroup}/${model.apiVersion}` : model.apiVersion;

/** Which of the two Istio APIs a resource belongs to, from its `apiVersion`. */
export const istioModelOf = (resource: { apiVersion?: string } | undefined): K8sModel | undefined =>
  [IstioModel, EarlyIstioModel].find((model) => resource?.apiVersion === apiVersionOf(model));
