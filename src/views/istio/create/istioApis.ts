import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { apiVersionOf, EarlyIstioModel, IstioModel } from '../../../k8s/models';

/** What differs between the two Istio APIs a create page can target. */
export type IstioApi = {
  key: 'v1' | 'early';
  model: K8sModel;
  /** `apiVersion` as written in the resource, e.g. `sailoperator.io/v1`. */
  apiVersion: string;
  /** v1 installs into `spec.namespace`; the early API's object itself lives in the namespace. */
  namespaceField: 'spec.namespace' | 'metadata.namespace';
  hasUpdateStrategy: boolean;
  hasRawValues: boolean;
};

export const SAIL_V1_API: IstioApi = {
  key: 'v1',
  model: IstioModel,
  apiVersion: apiVersionOf(IstioModel),
  namespaceField: 'spec.namespace',
  hasUpdateStrategy: true,
  hasRawValues: false,
};

export const EARLY_API: IstioApi = {
  key: 'early',
  model: EarlyIstioModel,
  apiVersion: apiVersionOf(EarlyIstioModel),
  namespaceField: 'metadata.namespace',
  hasUpdateStrategy: false,
  hasRawValues: true,
};
