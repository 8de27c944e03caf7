import type { KubeObject, Status } from './types';
import { clone, groupVersion, isObject } from './types';
import { badRequest } from './statusErrors';
import type { Target } from './api';

/** Request-body checks shared by create and update, and the status the API server gives CRDs. */

/** Checks apiVersion/kind/name/namespace of a request body and fills what the URL implies. */
export const shapeBody = (
  target: Target,
  body: unknown,
  urlName: string | undefined,
): KubeObject | Status => {
  if (!isObject(body)) return badRequest("Object 'Kind' is missing in 'null'");
  const expected = groupVersion(target.info.group, target.version);
  if (body.apiVersion !== undefined && body.apiVersion !== expected) {
    return badRequest(
      `the API version in the data (${String(body.apiVersion)}) does not match the expected API version (${expected})`,
    );
  }
  if (body.kind !== undefined && body.kind !== target.info.kind) {
    return badRequest(
      `the kind in the data (${String(body.kind)}) does not match the expected kind (${target.info.kind})`,
    );
  }
  const object = clone(body) as KubeObject;
  object.metadata = isObject(object.metadata) ? object.metadata : {};
  object.apiVersion = expected;
  object.kind = target.info.kind;
  const meta = object.metadata;
  if (urlName !== undefined && meta.name !== undefined && meta.name !== urlName) {
    return badRequest(
      `the name of the object (${String(meta.name)}) does not match the name on the URL (${urlName})`,
    );
  }
  if (urlName !== undefined) meta.name = urlName;
  if (target.info.namespaced) {
    if (meta.namespace !== undefined && meta.namespace !== target.namespace) {
      return badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    meta.namespace = target.namespace;
  } else {
    delete meta.namespace;
  }
  return object;
};

export const crdStatus = (crd: KubeObject): Record<string, unknown> => {
  const spec = isObject(crd.spec) ? crd.spec : {};
  const versions = Array.isArray(spec.versions)
    ? (spec.versions as { name: string; storage?: boolean }[])
    : [];
  return {
    acceptedNames: spec.names,
    conditions: [
      {
        type: 'NamesAccepted',
        status: 'True',
        reason: 'NoConflicts',
        message: 'no conflicts found',
      },
      {
        type: 'Established',
        status: 'True',
        reason: 'InitialNamesAccepted',
        message: 'the initial names have been accepted',
      },
    ],
    storedVersions: versions.filter((v) => v.storage).map((v) => v.name),
  };
};
