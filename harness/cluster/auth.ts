import type { JsonObject } from './types';
import { isObject } from './types';

/** The configured user: `admin` may do everything, `viewer` only read. */

export type Persona = 'admin' | 'viewer';

const READ_VERBS = new Set(['get', 'list', 'watch']);

export const isAllowed = (persona: Persona, verb: string): boolean =>
  persona === 'admin' || READ_VERBS.has(verb);

/** Answers a SelfSubjectAccessReview body with its `status` filled in. */
export const reviewAccess = (persona: Persona, body: unknown): JsonObject => {
  const review = isObject(body) ? body : {};
  const spec = isObject(review.spec) ? review.spec : {};
  const attributes = isObject(spec.resourceAttributes) ? spec.resourceAttributes : {};
  const verb = typeof attributes.verb === 'string' ? attributes.verb : '';
  const allowed = isAllowed(persona, verb);
  return {
    kind: 'SelfSubjectAccessReview',
    apiVersion: 'authorization.k8s.io/v1',
    metadata: { creationTimestamp: null },
    spec,
    status: allowed
      ? {
          allowed: true,
          reason: `RBAC: allowed by ClusterRoleBinding "${persona}" of ClusterRole "${persona === 'admin' ? 'cluster-admin' : 'view'}" to User "${persona}"`,
        }
      : { allowed: false },
  };
};
