import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type {
  K8sModel,
  K8sResourceCommon,
  ResourcesObject,
  WatchK8sResource,
  WatchK8sResources,
  WatchK8sResult,
  WatchK8sResults,
} from '@openshift-console/dynamic-plugin-sdk';
import { useEffect, useMemo, useState } from 'react';
import { resolveModel } from './models';
import type { WatchState } from './resourceWatch';
import { subscribeToWatch } from './resourceWatch';
import { selectorToString } from './resourceUrl';

export class NoModelError extends Error {
  constructor() {
    super('Model does not exist');
    this.name = 'NoModelError';
  }
}

const initialState = (resource: WatchK8sResource): WatchState => ({
  data: resource.isList ? [] : {},
  loaded: false,
  loadError: undefined,
});

const watchOne = (
  resource: WatchK8sResource,
  onState: (state: WatchState) => void,
): (() => void) => {
  let unsubscribe: (() => void) | undefined;
  let cancelled = false;
  resolveModel(resource.groupVersionKind ?? resource.kind)
    .then((model: K8sModel | undefined) => {
      if (cancelled) return;
      if (!model) {
        onState({ data: resource.isList ? [] : {}, loaded: true, loadError: new NoModelError() });
        return;
      }
      unsubscribe = subscribeToWatch(
        {
          model,
          isList: !!resource.isList,
          namespace: model.namespaced ? resource.namespace : undefined,
          name: resource.name,
          labelSelector: resource.selector ? selectorToString(resource.selector) : undefined,
          fieldSelector: resource.fieldSelector,
          limit: resource.limit,
        },
        onState,
      );
    })
    .catch((error) => !cancelled && onState({ data: undefined, loaded: false, loadError: error }));
  return () => {
    cancelled = true;
    unsubscribe?.();
  };
};

/** Watches several resources at once; the data behind useK8sWatchResource too. */
export const useK8sWatchResources: typeof SDK.useK8sWatchResources = <R extends ResourcesObject>(
  initResources: WatchK8sResources<R>,
) => {
  const key = JSON.stringify(initResources ?? {});
  // Same JSON, same request: callers often pass a fresh object literal on every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const resources = useMemo(() => initResources ?? {}, [key]);
  const [states, setStates] = useState<Record<string, WatchState>>({});

  useEffect(() => {
    const entries = Object.entries(resources as Record<string, WatchK8sResource>);
    setStates(Object.fromEntries(entries.map(([prop, r]) => [prop, initialState(r)])));
    const stops = entries.map(([prop, resource]) =>
      watchOne(resource, (state) => setStates((previous) => ({ ...previous, [prop]: state }))),
    );
    return () => stops.forEach((stop) => stop());
  }, [resources]);

  return useMemo(() => {
    const results: Record<string, { data: unknown; loaded: boolean; loadError: unknown }> = {};
    for (const [prop, resource] of Object.entries(resources as Record<string, WatchK8sResource>)) {
      const state = states[prop] ?? initialState(resource);
      results[prop] = { data: state.data, loaded: state.loaded, loadError: state.loadError };
    }
    return results;
  }, [resources, states]) as WatchK8sResults<R>;
};

const NO_RESOURCE = {};

export const useK8sWatchResource: typeof SDK.useK8sWatchResource = <
  R extends K8sResourceCommon | K8sResourceCommon[],
>(
  initResource: WatchK8sResource | null,
) => {
  const results = useK8sWatchResources(initResource ? { resource: initResource } : NO_RESOURCE);
  const result = (results as Record<string, { data: unknown; loaded: boolean; loadError: unknown }>)
    .resource;
  return useMemo(
    () => (result ? [result.data, result.loaded, result.loadError] : [undefined, true, undefined]),
    [result],
  ) as WatchK8sResult<R>;
};
