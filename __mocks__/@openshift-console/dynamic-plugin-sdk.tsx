// The console provides the SDK at run time; tests get small typed stand-ins so that
// a signature change in the SDK breaks the type-check here instead of a page.
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

export const DocumentTitle: typeof SDK.DocumentTitle = () => null;

export const ListPageHeader: typeof SDK.ListPageHeader = ({ title, children }) => (
  <header>
    <h1>{title}</h1>
    {children}
  </header>
);

export const useK8sWatchResource = jest.fn(() => [
  undefined,
  false,
  undefined,
]) as unknown as jest.MockedFunction<typeof SDK.useK8sWatchResource>;

export const useK8sWatchResources = jest.fn(() => ({})) as unknown as jest.MockedFunction<
  typeof SDK.useK8sWatchResources
>;

export const useFlag = jest.fn((_flag: string) => true) as jest.MockedFunction<typeof SDK.useFlag>;
