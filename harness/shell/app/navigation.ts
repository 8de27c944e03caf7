import type {
  HrefNavItem,
  NavSection,
  ResourceClusterNavItem,
  ResourceNSNavItem,
} from '@openshift-console/dynamic-plugin-sdk';
import type { Extension } from '@openshift-console/dynamic-plugin-sdk/lib/types';
import { referenceFor } from '../sdk/k8s/discovery';

export type NavLinkView = { id: string; name: string; href: string; startsWith: string[] };
export type NavSectionView = { id: string; name: string; links: NavLinkView[] };

type Positioned = { id: string; insertBefore?: string | string[]; insertAfter?: string | string[] };

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Orders items by insertBefore / insertAfter relative to those already placed, as the console does. */
export const placeItems = <T extends Positioned>(fixed: T[], added: T[]): T[] => {
  const placed = [...fixed];
  for (const item of added) {
    const before = asList(item.insertBefore)
      .map((id) => placed.findIndex((p) => p.id === id))
      .find((i) => i >= 0);
    const after = asList(item.insertAfter)
      .map((id) => placed.findIndex((p) => p.id === id))
      .find((i) => i >= 0);
    if (before !== undefined) placed.splice(before, 0, item);
    else if (after !== undefined) placed.splice(after + 1, 0, item);
    else placed.push(item);
  }
  return placed;
};

const namespacePrefix = (namespace: string | undefined) =>
  namespace ? `/k8s/ns/${namespace}` : '/k8s/all-namespaces';

/** The console URL a nav item points to. */
export const hrefForNavItem = (
  item: HrefNavItem | ResourceNSNavItem | ResourceClusterNavItem,
  namespace: string | undefined,
): string => {
  if (item.type === 'console.navigation/href') {
    const { href, namespaced, prefixNamespaced } = item.properties;
    return namespaced || prefixNamespaced ? `${namespacePrefix(namespace)}${href}` : href;
  }
  const reference = referenceFor(item.properties.model);
  return item.type === 'console.navigation/resource-ns'
    ? `${namespacePrefix(namespace)}/${reference}`
    : `/k8s/cluster/${reference}`;
};

const BUILT_IN: (Positioned & { name: string })[] = [
  { id: 'home', name: 'Home' },
  { id: 'networking', name: 'Networking' },
];

const BUILT_IN_LINKS: Record<string, NavLinkView[]> = {
  home: [{ id: 'harness-plugins', name: 'Dynamic plugins', href: '/', startsWith: [] }],
  networking: [],
};

/** Sections and links of the Administrator perspective, from navigation extensions. */
export const buildNavigation = (
  extensions: Extension[],
  namespace: string | undefined,
): NavSectionView[] => {
  const forAdmin = (e: Extension) =>
    ((e.properties as { perspective?: string }).perspective ?? 'admin') === 'admin';
  const sections = extensions.filter(
    (e): e is NavSection => e.type === 'console.navigation/section' && forAdmin(e),
  );
  const items = extensions.filter(
    (e): e is HrefNavItem | ResourceNSNavItem | ResourceClusterNavItem =>
      [
        'console.navigation/href',
        'console.navigation/resource-ns',
        'console.navigation/resource-cluster',
      ].includes(e.type) && forAdmin(e),
  );
  const ordered = placeItems(
    BUILT_IN,
    sections.map((s) => ({ ...s.properties, name: s.properties.name ?? '' })),
  );
  return ordered
    .map((section) => {
      const links = placeItems(
        BUILT_IN_LINKS[section.id] ?? [],
        items
          .filter((item) => item.properties.section === section.id)
          .map((item) => ({
            id: item.properties.id,
            insertBefore: item.properties.insertBefore,
            insertAfter: item.properties.insertAfter,
            name:
              item.properties.name ??
              ('model' in item.properties ? `${item.properties.model.kind}s` : ''),
            href: hrefForNavItem(item, namespace),
            startsWith: (item.properties as { startsWith?: string[] }).startsWith ?? [],
          })),
      );
      return { id: section.id, name: section.name, links };
    })
    .filter((section) => section.links.length > 0);
};
