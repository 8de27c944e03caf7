import type { K8sModel, QueryParams, Selector } from '@openshift-console/dynamic-plugin-sdk';

/** Where the console proxies the Kubernetes API. */
export const K8S_BASE_PATH = '/api/kubernetes';

export const apiPathFor = (group: string | undefined, version: string): string =>
  group ? `${K8S_BASE_PATH}/apis/${group}/${version}` : `${K8S_BASE_PATH}/api/${version}`;

const OPERATORS: Record<string, string> = {
  Equals: '=',
  NotEquals: '!=',
  NotEqual: '!=',
  GreaterThan: '>',
  LessThan: '<',
};

/** Selector object -> labelSelector query value (`a=b,c in (d,e),!f`). */
export const selectorToString = (selector: Selector | string | undefined): string => {
  if (!selector) return '';
  if (typeof selector === 'string') return selector;
  const terms = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    if (operator === 'Exists') terms.push(key);
    else if (operator === 'DoesNotExist') terms.push(`!${key}`);
    else if (operator === 'In') terms.push(`${key} in (${values.join(',')})`);
    else if (operator === 'NotIn') terms.push(`${key} notin (${values.join(',')})`);
    else if (OPERATORS[operator]) terms.push(`${key}${OPERATORS[operator]}${values[0] ?? ''}`);
  }
  return terms.join(',');
};

export const queryString = (params: Record<string, unknown> | undefined): string => {
  const entries = Object.entries(params ?? {}).filter(
    ([, v]) => v !== undefined && v !== null && v !== '',
  );
  if (!entries.length) return '';
  return `?${entries
    .map(([k, v]) => {
      const value =
        k === 'labelSelector' && typeof v === 'object'
          ? selectorToString(v as Selector)
          : String(v);
      return `${encodeURIComponent(k)}=${encodeURIComponent(value)}`;
    })
    .join('&')}`;
};

export type ResourceUrlOptions = {
  ns?: string;
  name?: string;
  path?: string;
  queryParams?: QueryParams | Record<string, unknown>;
};

export const resourceURL = (model: K8sModel, options: ResourceUrlOptions = {}): string => {
  let url = apiPathFor(model.apiGroup, model.apiVersion);
  if (model.namespaced && options.ns) url += `/namespaces/${encodeURIComponent(options.ns)}`;
  url += `/${model.plural}`;
  if (options.name) url += `/${encodeURIComponent(options.name)}`;
  if (options.path) url += `/${options.path}`;
  return url + queryString(options.queryParams);
};
