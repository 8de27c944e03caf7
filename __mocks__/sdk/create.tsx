import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

/** Resolves with the object it was given, as a successful create answers. */
export const k8sCreate = jest.fn(async ({ data }) => data) as unknown as jest.MockedFunction<
  typeof SDK.k8sCreate
>;

/** Allowed and settled unless a test says otherwise: [allowed, loading]. */
export const useAccessReview = jest.fn(() => [true, false]) as unknown as jest.MockedFunction<
  typeof SDK.useAccessReview
>;
