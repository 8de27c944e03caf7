import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { HorizontalNavTab, NavPage, NavTab } from '@openshift-console/dynamic-plugin-sdk';
import {
  isHorizontalNavTab,
  isTab,
} from '@openshift-console/dynamic-plugin-sdk/lib/extensions/horizontal-nav-tabs';
import { PageSection, Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import type { ComponentType } from 'react';
import { useMemo } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { getGroupVersionKindForResource } from '../k8s/models';
import { useResolvedExtensions } from './useResolvedExtensions';

const hrefOf = (page: NavPage) => (page.href ?? page.path ?? '').replace(/^\//, '');

/**
 * Tabs for a details page: the pages given, plus console.tab/horizontalNav tabs for the
 * resource's kind and console.tab tabs for contextId. The URL's tail below the details page
 * picks the tab, as in the console (…/<name>/yaml).
 */
export const HorizontalNav: typeof SDK.HorizontalNav = ({
  resource,
  pages,
  customData,
  contextId,
}) => {
  const location = useLocation();
  const navigate = useNavigate();
  const params = useParams();
  const [tabExtensions] = useResolvedExtensions<HorizontalNavTab | NavTab>(
    isHorizontalNavTab,
    isTab,
  );

  const allPages = useMemo(() => {
    const gvk =
      resource?.apiVersion && resource.kind ? getGroupVersionKindForResource(resource) : undefined;
    const extra = tabExtensions
      .filter((e) =>
        e.type === 'console.tab'
          ? (e as unknown as NavTab).properties.contextId === contextId
          : !!gvk &&
            (e as unknown as HorizontalNavTab).properties.model.kind === gvk.kind &&
            (e as unknown as HorizontalNavTab).properties.model.version === gvk.version &&
            ((e as unknown as HorizontalNavTab).properties.model.group ?? '') === (gvk.group ?? ''),
      )
      .map((e): NavPage => {
        const p = e.properties as unknown as {
          name?: string;
          href?: string;
          page?: { name: string; href: string };
          component: NavPage['component'];
        };
        return {
          name: p.page?.name ?? p.name ?? '',
          href: p.page?.href ?? p.href,
          component: p.component,
        };
      });
    return [...pages, ...extra];
  }, [pages, tabExtensions, resource, contextId]);

  const tail = params['*'] ?? '';
  const base = tail
    ? location.pathname.slice(0, location.pathname.length - tail.length).replace(/\/$/, '')
    : location.pathname.replace(/\/$/, '');
  const active =
    allPages.find((p) => hrefOf(p) === tail) ??
    allPages.find((p) => hrefOf(p) === '') ??
    allPages[0];
  const Component = active?.component as ComponentType<Record<string, unknown>> | undefined;

  return (
    <>
      <PageSection type="tabs">
        <Tabs
          activeKey={active ? hrefOf(active) : ''}
          onSelect={(_, key) => navigate(key ? `${base}/${key}` : base)}
          usePageInsets
          aria-label="Resource details"
        >
          {allPages.map((page) => (
            <Tab
              key={hrefOf(page) || 'details'}
              eventKey={hrefOf(page)}
              title={<TabTitleText>{page.name}</TabTitleText>}
              data-test-id={`horizontal-link-${page.name}`}
            />
          ))}
        </Tabs>
      </PageSection>
      {Component && <Component obj={resource} customData={customData} params={params} />}
    </>
  );
};
