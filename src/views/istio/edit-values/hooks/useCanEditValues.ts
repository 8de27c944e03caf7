import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';

/** [allowed, loading]: whether the user may update this Istio (saving values replaces its spec). */
export const useCanEditValues = (
  model: K8sModel,
  name: string,
  namespace?: string,
): [boolean, boolean] =>
  useAccessReview({
    group: model.apiGroup,
    resource: model.plural,
    verb: 'update',
    name,
    ...(model.namespaced ? { namespace } : {}),
  });
