import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Status, Verb } from './types';
import { groupVersion, isObject } from './types';
import type { Api, Result, Target, WriteOptions } from './api';
import type { Registry } from './registry';
import { SSARS } from './registry';
import type { Store } from './store';
import type { Watches } from './watch';
import type { Faults, RequestFacts } from './faults';
import type { Persona } from './auth';
import { isAllowed, reviewAccess } from './auth';
import type { ResourcePath } from './paths';
import { parsePath } from './paths';
import { coreVersions, group, groupList, resourceList, versionInfo } from './discovery';
import { parseFieldSelector, parseLabelSelector, supportedFields } from './selectors';
import { decodeBody, readBody, sendJson, sendStatus, sleep, warningHeaders } from './httpUtil';
import {
  badRequest,
  forbidden,
  internalError,
  isStatus,
  methodNotAllowed,
  pathNotFound,
  conflict,
} from './statusErrors';
import type { FieldValidation } from './admission';

/** The Kubernetes REST surface: discovery, CRUD, watch, SelfSubjectAccessReview. */

export type ClusterContext = {
  registry: () => Registry;
  api: Api;
  store: Store;
  watches: Watches;
  faults: Faults;
  persona: () => Persona;
};

const VERB_BY_METHOD: Record<string, Verb> = {
  POST: 'create',
  PUT: 'update',
  PATCH: 'patch',
  DELETE: 'delete',
};

const verbFor = (method: string, path: ResourcePath, query: URLSearchParams): Verb | undefined => {
  if (method === 'GET') {
    if (path.name) return 'get';
    return ['true', '1'].includes(query.get('watch') ?? '') ? 'watch' : 'list';
  }
  return VERB_BY_METHOD[method];
};

export const handleApiRequest = async (
  ctx: ClusterContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> => {
  const parsed = parsePath(url.pathname);
  const registry = ctx.registry();
  const method = req.method ?? 'GET';
  if (parsed.type !== 'resource') {
    const doc =
      parsed.type === 'version'
        ? versionInfo()
        : parsed.type === 'coreVersions'
          ? coreVersions()
          : parsed.type === 'groups'
            ? groupList(registry)
            : parsed.type === 'group'
              ? group(registry, parsed.group)
              : parsed.type === 'resources'
                ? resourceList(registry, parsed.group, parsed.version)
                : undefined;
    return doc && method === 'GET' ? sendJson(res, 200, doc) : sendStatus(res, pathNotFound());
  }
  const info = registry.find(parsed.group, parsed.version, parsed.plural);
  const verb = verbFor(method, parsed, url.searchParams);
  if (!info || !verb || (parsed.namespace !== undefined && !info.namespaced))
    return sendStatus(res, pathNotFound());
  if (
    parsed.subresource &&
    !(parsed.subresource === 'status' && (info.statusSubresource || info.group === ''))
  ) {
    return sendStatus(res, pathNotFound());
  }
  const facts: RequestFacts = {
    verb,
    plural: info.plural,
    group: info.group,
    namespace: parsed.namespace,
    name: parsed.name,
  };
  const latency = ctx.faults.take('latency', facts);
  if (latency) await sleep(latency.ms);
  const failure = ctx.faults.take('error', facts);
  if (failure) {
    const status = internalError(failure.message ?? 'injected server error');
    return sendStatus(res, { ...status, code: failure.code ?? 500 });
  }
  if (info === SSARS) {
    if (verb !== 'create')
      return sendStatus(res, methodNotAllowed(method, 'selfsubjectaccessreviews'));
    const body = decodeBody(await readBody(req), req.headers['content-type'] ?? '');
    return isStatus(body)
      ? sendStatus(res, body)
      : sendJson(res, 201, reviewAccess(ctx.persona(), body.value));
  }
  if (ctx.faults.take('forbidden', facts) || !isAllowed(ctx.persona(), verb)) {
    return sendStatus(res, forbidden(info, ctx.persona(), verb, parsed.namespace, parsed.name));
  }
  const target: Target = { info, version: parsed.version, namespace: parsed.namespace };
  const deprecation = info.deprecatedVersions[parsed.version];
  const warnings = deprecation ? [deprecation] : [];
  if (verb === 'list' || verb === 'watch')
    return listOrWatch(ctx, res, target, url.searchParams, verb, warnings);
  if (verb === 'get') return respond(res, ctx.api.get(target, parsed.name ?? ''), warnings);
  if ((verb === 'update' || verb === 'patch') && ctx.faults.take('conflict', facts)) {
    return sendStatus(res, conflict(info, parsed.name ?? ''));
  }
  const body = decodeBody(await readBody(req), req.headers['content-type'] ?? '');
  if (isStatus(body)) return sendStatus(res, body);
  const options = writeOptions(url.searchParams, parsed.subresource, body.value);
  if (isStatus(options)) return sendStatus(res, options);
  const name = parsed.name ?? '';
  if (verb === 'create') {
    if (parsed.name) return sendStatus(res, methodNotAllowed('POST', `${info.plural}/${name}`));
    return respond(res, ctx.api.create(target, body.value, options), warnings);
  }
  if (!parsed.name) return sendStatus(res, methodNotAllowed(method, info.plural));
  if (verb === 'update')
    return respond(res, ctx.api.update(target, name, body.value, options), warnings);
  if (verb === 'patch') {
    const patched = ctx.api.patch(
      target,
      name,
      req.headers['content-type'] ?? '',
      body.value,
      options,
    );
    return respond(res, patched, warnings);
  }
  const preconditions =
    isObject(body.value) && isObject(body.value.preconditions)
      ? body.value.preconditions
      : undefined;
  return respond(res, ctx.api.delete(target, name, { ...options, preconditions }), warnings);
};

const respond = (res: ServerResponse, result: Result, warnings: string[]): void => {
  if (isStatus(result)) return sendStatus(res, result, warnings);
  sendJson(res, result.code, result.object, [...warnings, ...result.warnings]);
};

const FIELD_VALIDATION = ['Ignore', 'Warn', 'Strict'];

const writeOptions = (
  query: URLSearchParams,
  subresource: string | undefined,
  body: unknown,
): WriteOptions | Status => {
  const dryRun = query.getAll('dryRun');
  const bodyDryRun = isObject(body) && Array.isArray(body.dryRun) ? (body.dryRun as string[]) : [];
  const all = [...dryRun, ...bodyDryRun];
  if (all.some((d) => d !== 'All'))
    return badRequest(`Invalid value: ${JSON.stringify(all)}: supported values: "All"`);
  const fieldValidation = query.get('fieldValidation') ?? 'Warn';
  if (!FIELD_VALIDATION.includes(fieldValidation)) {
    return badRequest(
      `fieldValidation: Unsupported value: "${fieldValidation}": supported values: "Ignore", "Warn", "Strict"`,
    );
  }
  return {
    dryRun: all.length > 0,
    fieldValidation: fieldValidation as FieldValidation,
    subresource,
  };
};

const listOrWatch = (
  ctx: ClusterContext,
  res: ServerResponse,
  target: Target,
  query: URLSearchParams,
  verb: 'list' | 'watch',
  warnings: string[],
): void => {
  const labels = parseLabelSelector(query.get('labelSelector'));
  const fields = parseFieldSelector(
    query.get('fieldSelector'),
    supportedFields(target.info.group, target.info.plural),
  );
  if (typeof labels === 'string') return sendStatus(res, badRequest(labels));
  if (typeof fields === 'string') return sendStatus(res, badRequest(fields));
  const matcher = (o: Parameters<typeof labels>[0]) => labels(o) && fields(o);
  if (verb === 'watch') {
    const timeout = Number(query.get('timeoutSeconds') ?? '');
    return ctx.watches.start(
      res,
      {
        target,
        matcher,
        resourceVersion: query.get('resourceVersion') ?? undefined,
        allowBookmarks: query.get('allowWatchBookmarks') === 'true',
        ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutSeconds: timeout } : {}),
      },
      warningHeaders(warnings),
    );
  }
  const all = ctx.api.list(target).filter(matcher);
  const page = paginate(all, query, ctx.store.currentResourceVersion());
  if (isStatus(page)) return sendStatus(res, page);
  const { items, next } = page;
  sendJson(
    res,
    200,
    {
      kind: target.info.listKind,
      apiVersion: groupVersion(target.info.group, target.version),
      metadata: { resourceVersion: ctx.store.currentResourceVersion(), ...next },
      items,
    },
    warnings,
  );
};

const decodeContinue = (token: string): number | undefined => {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
    return isObject(decoded) && typeof decoded.offset === 'number' ? decoded.offset : undefined;
  } catch {
    return undefined; // reported to the client as an invalid continue key
  }
};

/** `limit`/`continue` paging with an opaque token (offset-based; good enough for a simulator). */
const paginate = <T>(all: T[], query: URLSearchParams, rv: string) => {
  const limit = Number(query.get('limit') ?? '0');
  const token = query.get('continue');
  const offset = token ? decodeContinue(token) : 0;
  if (offset === undefined) return badRequest('continue key is not valid');
  if (!(limit > 0)) return { items: all.slice(offset), next: {} };
  const items = all.slice(offset, offset + limit);
  const remaining = all.length - offset - items.length;
  if (remaining <= 0) return { items, next: {} };
  const cont = Buffer.from(JSON.stringify({ rv, offset: offset + limit })).toString('base64');
  return { items, next: { continue: cont, remainingItemCount: remaining } };
};
