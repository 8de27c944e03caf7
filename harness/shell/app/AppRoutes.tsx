import type { RoutePage } from '@openshift-console/dynamic-plugin-sdk';
import { isRoutePage } from '@openshift-console/dynamic-plugin-sdk/lib/extensions/pages';
import { Bullseye, EmptyState, EmptyStateBody, PageSection, Spinner } from '@patternfly/react-core';
import type { ComponentType, FC } from 'react';
import { Route, Routes } from 'react-router';
import { startupStore } from '../plugins/startup';
import { useResolvedExtensions } from '../sdk/components/useResolvedExtensions';
import { useStore } from '../sdk/store';
import { PluginsPage } from './PluginsPage';
import { resourceRoutes } from './resourceRoutes';

const NotFound: FC = () => (
  <PageSection>
    <EmptyState titleText="404: Page Not Found" headingLevel="h1">
      <EmptyStateBody>No console page or plugin route matches this URL.</EmptyStateBody>
    </EmptyState>
  </PageSection>
);

const routePaths = (page: { path: string | string[]; exact?: boolean }): string[] =>
  (Array.isArray(page.path) ? page.path : [page.path]).map((path) =>
    page.exact ? path : `${path.replace(/\/$/, '')}/*`,
  );

/** console.page/route extensions, the resource pages, and the shell's own pages. */
export const AppRoutes: FC = () => {
  const startup = useStore(startupStore);
  const [routePages, resolved] = useResolvedExtensions<RoutePage>(isRoutePage);
  if (startup === 'loading' || !resolved) {
    return (
      <Bullseye>
        <Spinner aria-label="Loading the console" />
      </Bullseye>
    );
  }
  const adminPages = routePages.filter(
    (page) => (page.properties.perspective ?? 'admin') === 'admin',
  );
  return (
    <Routes>
      <Route path="/" element={<PluginsPage />} />
      {adminPages.flatMap((page) => {
        const Component = page.properties.component as ComponentType;
        return routePaths(page.properties).map((path) => (
          <Route key={`${page.uid}:${path}`} path={path} element={<Component />} />
        ));
      })}
      {resourceRoutes()}
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
};
