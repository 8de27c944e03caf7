import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  PageSection,
} from '@patternfly/react-core';
import type { FC } from 'react';
import { extensionStore, pluginStatusStore } from '../plugins/registry';
import { DocumentTitle, ListPageHeader } from '../sdk/components/ListPage';
import { useStore } from '../sdk/store';

/** The landing page: which plugins loaded and how many extensions each registered. */
export const PluginsPage: FC = () => {
  const statuses = useStore(pluginStatusStore);
  const extensions = useStore(extensionStore);
  return (
    <>
      <DocumentTitle>Dynamic plugins</DocumentTitle>
      <ListPageHeader title="Dynamic plugins" />
      <PageSection>
        <DescriptionList>
          {statuses.map((status) => (
            <DescriptionListGroup key={status.name}>
              <DescriptionListTerm>{status.name}</DescriptionListTerm>
              <DescriptionListDescription data-test={`plugin-status-${status.name}`}>
                {status.state} · {extensions.filter((e) => e.pluginName === status.name).length}{' '}
                extensions
              </DescriptionListDescription>
            </DescriptionListGroup>
          ))}
        </DescriptionList>
      </PageSection>
    </>
  );
};
