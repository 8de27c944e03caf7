import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sGroupVersionKind, K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { useEffect, useState } from 'react';
import { findAllModels, findModel, findModelByKindString, referenceFor } from './discovery';

type ModelLookup = K8sGroupVersionKind | string | undefined;

const lookupKey = (lookup: ModelLookup): string =>
  typeof lookup === 'string' ? lookup : lookup ? referenceFor(lookup) : '';

export const resolveModel = (lookup: ModelLookup): Promise<K8sModel | undefined> =>
  !lookup
    ? Promise.resolve(undefined)
    : typeof lookup === 'string'
      ? findModelByKindString(lookup)
      : findModel(lookup);

export const useK8sModel: typeof SDK.useK8sModel = (groupVersionKind) => {
  const key = lookupKey(groupVersionKind);
  const [state, setState] = useState<{ key: string; model?: K8sModel; inFlight: boolean }>({
    key,
    inFlight: !!key,
  });
  useEffect(() => {
    let current = true;
    setState({ key, inFlight: !!key });
    resolveModel(key || undefined)
      .then((model) => current && setState({ key, model, inFlight: false }))
      .catch((error) => {
        console.error(`Could not discover the model for ${key}`, error);
        if (current) setState({ key, inFlight: false });
      });
    return () => {
      current = false;
    };
  }, [key]);
  const fresh = state.key === key;
  // The SDK types the model as always present; it is undefined until discovery answers.
  return [(fresh ? state.model : undefined) as K8sModel, fresh ? state.inFlight : !!key];
};

export const useK8sModels: typeof SDK.useK8sModels = () => {
  const [state, setState] = useState<[Record<string, K8sModel>, boolean]>([{}, true]);
  useEffect(() => {
    let current = true;
    findAllModels()
      .then((models) => current && setState([models, false]))
      .catch((error) => {
        console.error('Could not discover the API models', error);
        if (current) setState([{}, false]);
      });
    return () => {
      current = false;
    };
  }, []);
  return state;
};

export const getAPIVersionForModel: typeof SDK.getAPIVersionForModel = (model) =>
  model.apiGroup ? `${model.apiGroup}/${model.apiVersion}` : model.apiVersion;

export const getGroupVersionKindForModel: typeof SDK.getGroupVersionKindForModel = (model) => ({
  ...(model.apiGroup ? { group: model.apiGroup } : {}),
  version: model.apiVersion,
  kind: model.kind,
});

export const getGroupVersionKindForResource: typeof SDK.getGroupVersionKindForResource = (
  resource,
) => {
  const [group, version] = (resource.apiVersion ?? '').includes('/')
    ? (resource.apiVersion as string).split('/')
    : [undefined, resource.apiVersion as string];
  return { ...(group ? { group } : {}), version, kind: resource.kind as string };
};
