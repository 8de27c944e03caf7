import type { ResourceInfo, Status, StatusCause } from './types';
import { qualifiedResource } from './types';

/** Builders for `Status` failures worded like the Kubernetes API server's. */

const failure = (
  code: number,
  reason: string,
  message: string,
  details?: Status['details'],
): Status => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message,
  reason,
  ...(details ? { details } : {}),
  code,
});

type Target = Pick<ResourceInfo, 'plural' | 'group'>;

const resourceDetails = (info: Target, name?: string): Status['details'] => ({
  ...(name !== undefined ? { name } : {}),
  ...(info.group ? { group: info.group } : {}),
  kind: info.plural,
});

export const notFound = (info: Target, name: string): Status =>
  failure(
    404,
    'NotFound',
    `${qualifiedResource(info)} "${name}" not found`,
    resourceDetails(info, name),
  );

export const alreadyExists = (info: Target, name: string): Status =>
  failure(
    409,
    'AlreadyExists',
    `${qualifiedResource(info)} "${name}" already exists`,
    resourceDetails(info, name),
  );

export const conflict = (info: Target, name: string, why?: string): Status =>
  failure(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedResource(info)} "${name}": ${
      why ??
      'the object has been modified; please apply your changes to the latest version and try again'
    }`,
    resourceDetails(info, name),
  );

export const forbidden = (
  info: Target,
  user: string,
  verb: string,
  namespace: string | undefined,
  name?: string,
): Status => {
  const subject = name ? `${qualifiedResource(info)} "${name}"` : qualifiedResource(info);
  const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  return failure(
    403,
    'Forbidden',
    `${subject} is forbidden: User "${user}" cannot ${verb} resource "${info.plural}" in API group "${info.group}" ${scope}`,
    resourceDetails(info, name),
  );
};

/** One field error; `message` is the part after `<field>: `. */
export const cause = (reason: string, field: string, message: string): StatusCause => ({
  reason,
  message,
  field,
});

/** 422 Invalid, with the top-level message the API server builds from the field errors. */
export const invalid = (
  info: Pick<ResourceInfo, 'kind' | 'group'>,
  name: string,
  causes: StatusCause[],
): Status => {
  const parts = causes.map((c) => `${c.field}: ${c.message}`);
  const summary = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
  const kind = info.group ? `${info.kind}.${info.group}` : info.kind;
  return failure(422, 'Invalid', `${kind} "${name}" is invalid: ${summary}`, {
    name,
    ...(info.group ? { group: info.group } : {}),
    kind: info.kind,
    causes,
  });
};

export const badRequest = (message: string): Status => failure(400, 'BadRequest', message);

export const methodNotAllowed = (verb: string, what: string): Status =>
  failure(405, 'MethodNotAllowed', `${verb} is not supported on ${what}`);

export const unsupportedMediaType = (contentType: string): Status =>
  failure(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json; got ${contentType}`,
  );

export const pathNotFound = (): Status =>
  failure(404, 'NotFound', 'the server could not find the requested resource');

export const internalError = (message: string): Status =>
  failure(500, 'InternalError', `Internal error occurred: ${message}`, {
    causes: [{ reason: 'UnexpectedServerResponse', message, field: '' }],
  });

export const gone = (message: string): Status => failure(410, 'Expired', message);

export const namespaceNotFound = (namespace: string): Status =>
  notFound({ plural: 'namespaces', group: '' }, namespace);

export const isStatus = (value: unknown): value is Status =>
  typeof value === 'object' && value !== null && (value as Status).kind === 'Status';
