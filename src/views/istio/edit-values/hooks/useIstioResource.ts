import type { K8sModel, WatchK8sResult } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { groupVersionKindFor } from '../../../../k8s/models';
import type { EarlyIstio, Istio } from '../../../../k8s/types';

export type EditableIstio = Istio | EarlyIstio;

/** Watches the Istio whose values are edited, so a change made elsewhere is noticed. */
export const useIstioResource = (
  model: K8sModel,
  name: string,
  namespace?: string,
): WatchK8sResult<EditableIstio> =>
  useK8sWatchResource<EditableIstio>({
    groupVersionKind: groupVersionKindFor(model),
    name,
    ...(model.namespaced ? { namespace } : {}),
  });
