import type { Action, ExtensionHookResult } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import { istioModelOf } from '../../../k8s/models';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import type { EditableIstio } from './hooks/useIstioResource';
import { editValuesPath } from '../routes';

/** `console.action/provider` hook: "Edit values" on an Istio of either API. */
export const useEditValuesActions = (resource: EditableIstio): ExtensionHookResult<Action[]> => {
  const { t } = useSailTranslation();
  const actions = useMemo(() => {
    const model = istioModelOf(resource);
    const name = resource?.metadata?.name;
    if (!model || !name) return [];
    const namespace = resource.metadata?.namespace;
    const action: Action = {
      id: 'sail-edit-values',
      label: t('Edit values'),
      description: t('Change the Helm values, checked against the CRD schema'),
      cta: { href: editValuesPath(model, name, namespace) },
      accessReview: {
        group: model.apiGroup,
        resource: model.plural,
        verb: 'update',
        name,
        ...(model.namespaced ? { namespace } : {}),
      },
    };
    return [action];
  }, [resource, t]);
  return [actions, true, undefined];
};
