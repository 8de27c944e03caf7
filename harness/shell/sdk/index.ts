import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import sdkPackage from '@openshift-console/dynamic-plugin-sdk/package.json';
import {
  Operator,
  PrometheusEndpoint,
} from '@openshift-console/dynamic-plugin-sdk/lib/api/common-types';
import CamelCaseWrap from '@openshift-console/dynamic-plugin-sdk/lib/app/components/utils/camel-case-wrap';
import * as extensionTypeGuards from '@openshift-console/dynamic-plugin-sdk/lib/extensions';
import { PerspectiveContext } from '@openshift-console/dynamic-plugin-sdk/lib/perspective/perspective-context';
import { checkAccess, useAccessReview, useAccessReviewAllowed } from './accessReview';
import { ActionServiceProvider } from './components/ActionServiceProvider';
import { CodeEditor, YAMLEditor } from './components/CodeEditor';
import { HorizontalNav } from './components/HorizontalNav';
import { ListPageFilter, useListPageFilter } from './components/listFilter';
import {
  DocumentTitle,
  ListPageBody,
  ListPageCreate,
  ListPageCreateButton,
  ListPageCreateLink,
  ListPageHeader,
} from './components/ListPage';
import { useModal, useOverlay } from './components/overlays';
import { ResourceIcon, ResourceLink } from './components/ResourceLink';
import { ResourceYAMLEditor } from './components/ResourceYAMLEditor';
import * as status from './components/status';
import { TableData, useActiveColumns, VirtualizedTable } from './components/table';
import { Timestamp } from './components/Timestamp';
import { useResolvedExtensions } from './components/useResolvedExtensions';
import { useFlag } from './flags';
import { consoleFetch, consoleFetchJSON, consoleFetchText, HttpError } from './k8s/fetch';
import {
  getAPIVersionForModel,
  getGroupVersionKindForModel,
  getGroupVersionKindForResource,
  useK8sModel,
  useK8sModels,
} from './k8s/models';
import {
  k8sCreate,
  k8sDelete,
  k8sGet,
  k8sList,
  k8sListItems,
  k8sPatch,
  k8sUpdate,
} from './k8s/resources';
import { useK8sWatchResource, useK8sWatchResources } from './k8s/useK8sWatchResources';
import { isAllNamespacesKey, useActiveNamespace } from './namespace';
import { useActivePerspective, useUserPreference, useUserSettings } from './preferences';

export const SDK_VERSION: string = sdkPackage.version;

/**
 * The run-time SDK: every member is typed by the real SDK's declaration, so a signature that
 * drifts from @openshift-console/dynamic-plugin-sdk fails the type-check.
 */
export const sdkImplementation = {
  ...extensionTypeGuards,
  Operator,
  PrometheusEndpoint,
  CamelCaseWrap,
  PerspectiveContext,
  isAllNamespacesKey,
  useResolvedExtensions,
  useFlag,
  useActiveNamespace,
  useActivePerspective,
  useUserSettings,
  useUserPreference,
  useK8sModel,
  useK8sModels,
  useK8sWatchResource,
  useK8sWatchResources,
  useAccessReview,
  useAccessReviewAllowed,
  checkAccess,
  HttpError,
  consoleFetch,
  consoleFetchJSON,
  consoleFetchText,
  k8sGet,
  k8sCreate,
  k8sUpdate,
  k8sPatch,
  k8sDelete,
  k8sList,
  k8sListItems,
  getAPIVersionForModel,
  getGroupVersionKindForModel,
  getGroupVersionKindForResource,
  CodeEditor,
  YAMLEditor,
  ResourceYAMLEditor,
  ResourceLink,
  ResourceIcon,
  Timestamp,
  DocumentTitle,
  ListPageHeader,
  ListPageBody,
  ListPageCreate,
  ListPageCreateButton,
  ListPageCreateLink,
  HorizontalNav,
  VirtualizedTable,
  TableData,
  useActiveColumns,
  ListPageFilter,
  useListPageFilter,
  useModal,
  useOverlay,
  ActionServiceProvider,
  ...status,
} satisfies Partial<typeof SDK>;

// Keys a bundler, a promise check or a test framework may probe on any module object.
const PROBED_KEYS = new Set([
  'then',
  'default',
  'toJSON',
  '$$typeof',
  'constructor',
  'prototype',
  'nodeType',
  'asymmetricMatch',
]);

/**
 * The module handed to plugins. Using an SDK export the harness lacks throws an error that
 * names it, and logs it, instead of failing later as "undefined is not a function".
 */
export const sdkModule = new Proxy(sdkImplementation as Record<string, unknown>, {
  get(target, property) {
    if (typeof property !== 'string' || property in target) return Reflect.get(target, property);
    if (property === '__esModule') return true;
    if (PROBED_KEYS.has(property)) return undefined;
    const message = `The console harness does not implement "${property}" of @openshift-console/dynamic-plugin-sdk ${SDK_VERSION}; add it to harness/shell/sdk.`;
    console.error(message);
    throw new Error(message);
  },
});
