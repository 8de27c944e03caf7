import type {
  CreateResource,
  K8sModel,
  ResourceDetailsPage,
  ResourceListPage,
} from '@openshift-console/dynamic-plugin-sdk';
import { isCreateResource } from '@openshift-console/dynamic-plugin-sdk/lib/extensions/create-resource';
import {
  isResourceDetailsPage,
  isResourceListPage,
} from '@openshift-console/dynamic-plugin-sdk/lib/extensions/pages';
import { Bullseye, EmptyState, EmptyStateBody, PageSection, Spinner } from '@patternfly/react-core';
import type { ComponentType, FC } from 'react';
import { useEffect } from 'react';
import { Route, useParams } from 'react-router';
import { useResolvedExtensions } from '../sdk/components/useResolvedExtensions';
import { useK8sModel } from '../sdk/k8s/models';
import { ALL_NAMESPACES_KEY, activeNamespaceStore } from '../sdk/namespace';
import { GenericCreatePage, GenericDetailsPage, GenericListPage } from './genericResourcePages';

type PageKind = 'list' | 'details' | 'create';
type ModelRef = { group?: string; version?: string; kind: string };

const matches = (ref: ModelRef, model: K8sModel, exactVersion: boolean) =>
  ref.kind === model.kind &&
  (ref.group ?? '') === (model.apiGroup ?? '') &&
  (exactVersion
    ? ref.version === model.apiVersion
    : !ref.version || ref.version === model.apiVersion);

const GUARDS = {
  list: isResourceListPage,
  details: isResourceDetailsPage,
  create: isCreateResource,
};

/** Renders the plugin's page for the kind in the URL, or the console's generic page. */
const ResourcePage: FC<{ page: PageKind }> = ({ page }) => {
  const { reference = '', ns, name } = useParams();
  const [model, inFlight] = useK8sModel(reference);
  const [extensions, resolved] = useResolvedExtensions<
    ResourceListPage | ResourceDetailsPage | CreateResource
  >(GUARDS[page]);

  useEffect(() => activeNamespaceStore.set(ns ?? ALL_NAMESPACES_KEY), [ns]);

  if (inFlight || !resolved) {
    return (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    );
  }
  if (!model) {
    return (
      <PageSection>
        <EmptyState titleText="404: Not Found" headingLevel="h1">
          <EmptyStateBody>The API server does not serve {reference}.</EmptyStateBody>
        </EmptyState>
      </PageSection>
    );
  }
  const extension = extensions.find((e) =>
    matches(e.properties.model as ModelRef, model, page === 'create'),
  );
  const modelRef = { group: model.apiGroup ?? '', version: model.apiVersion, kind: model.kind };
  if (extension) {
    const Component = extension.properties.component as ComponentType<Record<string, unknown>>;
    return <Component namespace={ns} model={modelRef} kind={reference} name={name} />;
  }
  if (page === 'create') return <GenericCreatePage model={model} namespace={ns} />;
  if (page === 'details')
    return (
      <GenericDetailsPage model={model} reference={reference} namespace={ns} name={name ?? ''} />
    );
  return <GenericListPage model={model} reference={reference} namespace={ns} />;
};

/** The console's resource URLs: /k8s/cluster/<ref>, /k8s/ns/<ns>/<ref>, /k8s/all-namespaces/<ref>. */
export const resourceRoutes = () =>
  ['/k8s/cluster/:reference', '/k8s/ns/:ns/:reference', '/k8s/all-namespaces/:reference'].flatMap(
    (base) => [
      <Route key={base} path={base} element={<ResourcePage page="list" />} />,
      <Route key={`${base}/~new`} path={`${base}/~new`} element={<ResourcePage page="create" />} />,
      <Route
        key={`${base}/:name/*`}
        path={`${base}/:name/*`}
        element={<ResourcePage page="details" />}
      />,
    ],
  );
