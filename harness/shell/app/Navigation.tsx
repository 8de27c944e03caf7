import { isNavExtension } from '@openshift-console/dynamic-plugin-sdk/lib/extensions/navigation';
import { Nav, NavExpandable, NavItem, NavList } from '@patternfly/react-core';
import type { FC } from 'react';
import { useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useExtensions } from '../plugins/registry';
import { ALL_NAMESPACES_KEY, useActiveNamespace } from '../sdk/namespace';
import type { NavLinkView } from './navigation';
import { buildNavigation } from './navigation';

const isActive = (link: NavLinkView, pathname: string) =>
  pathname === link.href ||
  (link.href !== '/' && pathname.startsWith(`${link.href}/`)) ||
  link.startsWith.some((prefix) => pathname.includes(prefix));

/** The Administrator perspective's navigation, rebuilt whenever extensions or flags change. */
export const Navigation: FC = () => {
  const extensions = useExtensions(isNavExtension);
  const [namespace] = useActiveNamespace();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  // Extensions come translated, so a language change arrives as new extensions.
  const sections = useMemo(
    () => buildNavigation(extensions, namespace === ALL_NAMESPACES_KEY ? undefined : namespace),
    [extensions, namespace],
  );
  return (
    <Nav aria-label="Administrator navigation">
      <NavList>
        {sections.map((section) => {
          const active = section.links.some((link) => isActive(link, pathname));
          return (
            <NavExpandable
              key={section.id}
              title={section.name}
              isExpanded
              isActive={active}
              data-test-id={`nav-section-${section.id}`}
            >
              {section.links.map((link) => (
                <NavItem
                  key={link.id}
                  itemId={link.id}
                  to={link.href}
                  isActive={isActive(link, pathname)}
                  data-test={`nav-${link.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(link.href);
                  }}
                >
                  {link.name}
                </NavItem>
              ))}
            </NavExpandable>
          );
        })}
      </NavList>
    </Nav>
  );
};
