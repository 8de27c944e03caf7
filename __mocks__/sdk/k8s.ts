import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

export const useK8sWatchResource = jest.fn(() => [
  undefined,
  false,
  undefined,
]) as unknown as jest.MockedFunction<typeof SDK.useK8sWatchResource>;

export const useK8sWatchResources = jest.fn(() => ({})) as unknown as jest.MockedFunction<
  typeof SDK.useK8sWatchResources
>;

export const useFlag = jest.fn((_flag: string) => true) as jest.MockedFunction<typeof SDK.useFlag>;
