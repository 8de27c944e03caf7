import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

export const DocumentTitle: typeof SDK.DocumentTitle = () => null;

export const ListPageHeader: typeof SDK.ListPageHeader = ({ title, children }) => (
  <header>
    <h1>{title}</h1>
    {children}
  </header>
);
