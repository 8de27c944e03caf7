import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './fetch';
import { getAPIVersionForModel } from './models';
import { queryString, resourceURL } from './resourceUrl';

// The SDK's k8s* functions take one options object and reject with an HttpError that carries
// `code`, `json` (the Kubernetes Status) and `message`, as consoleFetchJSON does.

export const k8sGet: typeof SDK.k8sGet = ({ model, name, ns, path, queryParams, requestInit }) =>
  consoleFetchJSON(resourceURL(model, { name, ns, path, queryParams }), 'GET', requestInit);

export const k8sCreate: typeof SDK.k8sCreate = ({ model, data, ns, path, queryParams }) =>
  consoleFetchJSON.post(
    resourceURL(model, { ns: data.metadata?.namespace ?? ns, path, queryParams }),
    data,
  );

export const k8sUpdate: typeof SDK.k8sUpdate = ({ model, data, ns, name, path, queryParams }) =>
  consoleFetchJSON.put(
    resourceURL(model, {
      ns: ns ?? data.metadata?.namespace,
      name: name ?? data.metadata?.name,
      path,
      queryParams,
    }),
    data,
  );

export const k8sPatch: typeof SDK.k8sPatch = async ({
  model,
  resource,
  data,
  path,
  queryParams,
}) => {
  const patches = data.filter(Boolean);
  // An empty JSON patch changes nothing: answer with the resource, as the console does.
  if (patches.length === 0) return resource;
  return consoleFetchJSON.patch(
    resourceURL(model, {
      ns: resource.metadata?.namespace,
      name: resource.metadata?.name,
      path,
      queryParams,
    }),
    patches,
  );
};

const deleteOptions = (model: K8sModel) =>
  model.propagationPolicy
    ? { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: model.propagationPolicy }
    : undefined;

export const k8sDelete: typeof SDK.k8sDelete = ({
  model,
  resource,
  path,
  queryParams,
  requestInit,
  json,
}) =>
  consoleFetchJSON.delete(
    resourceURL(model, {
      ns: resource.metadata?.namespace,
      name: resource.metadata?.name,
      path,
      queryParams,
    }),
    json ?? deleteOptions(model),
    requestInit,
  );

type ListOptions = Parameters<typeof SDK.k8sList>[0];

const listItems = async <R extends K8sResourceCommon>({
  model,
  queryParams,
  requestInit,
}: ListOptions) => {
  const { ns, ...rest } = (queryParams ?? {}) as Record<string, unknown>;
  const url = resourceURL(model, { ns: ns as string | undefined }) + queryString(rest);
  const list = (await consoleFetchJSON(url, 'GET', requestInit)) as { items?: R[] };
  // List items come without kind and apiVersion; the console adds them back.
  return (list.items ?? []).map((item) => ({
    kind: model.kind,
    apiVersion: getAPIVersionForModel(model),
    ...item,
  }));
};

export const k8sList: typeof SDK.k8sList = listItems;
export const k8sListItems: typeof SDK.k8sListItems = listItems;
