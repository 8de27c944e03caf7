import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { SelfSubjectAccessReviewKind } from '@openshift-console/dynamic-plugin-sdk';
import { useEffect, useState } from 'react';
import { consoleFetchJSON } from './k8s/fetch';
import { K8S_BASE_PATH } from './k8s/resourceUrl';

const REVIEW_URL = `${K8S_BASE_PATH}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`;
const CACHE_MS = 10_000;
const reviews = new Map<string, { at: number; result: Promise<SelfSubjectAccessReviewKind> }>();

export const checkAccess: typeof SDK.checkAccess = (resourceAttributes, impersonate) => {
  const key = JSON.stringify([resourceAttributes, impersonate]);
  const cached = reviews.get(key);
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.result;
  const headers: Record<string, string> = {};
  if (impersonate?.kind === 'User') headers['Impersonate-User'] = impersonate.name;
  if (impersonate?.kind === 'Group') headers['Impersonate-Group'] = impersonate.name;
  const result = consoleFetchJSON.post(
    REVIEW_URL,
    {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes },
    },
    { headers },
  ) as Promise<SelfSubjectAccessReviewKind>;
  reviews.set(key, { at: Date.now(), result });
  result.catch(() => reviews.delete(key));
  return result;
};

/** [allowed, loading]; like the console it fails open when the review itself fails. */
export const useAccessReview: typeof SDK.useAccessReview = (
  resourceAttributes,
  impersonate,
  noCheckForEmptyGroupAndResource,
) => {
  const key = JSON.stringify([resourceAttributes, impersonate]);
  const [state, setState] = useState<{ key: string; allowed: boolean; loading: boolean }>({
    key,
    allowed: false,
    loading: true,
  });
  const skip =
    noCheckForEmptyGroupAndResource && !resourceAttributes.group && !resourceAttributes.resource;
  useEffect(() => {
    if (skip) return undefined;
    let current = true;
    checkAccess(resourceAttributes, impersonate)
      .then(
        (review) => current && setState({ key, allowed: !!review.status?.allowed, loading: false }),
      )
      .catch((error) => {
        console.warn('SelfSubjectAccessReview failed', error);
        if (current) setState({ key, allowed: true, loading: false });
      });
    return () => {
      current = false;
    };
    // resourceAttributes and impersonate are compared through key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, skip]);
  if (skip) return [false, false];
  return state.key === key ? [state.allowed, state.loading] : [false, true];
};

export const useAccessReviewAllowed: typeof SDK.useAccessReviewAllowed = (
  resourceAttributes,
  impersonate,
) => useAccessReview(resourceAttributes, impersonate)[0];
