import { randomUUID } from 'node:crypto';
import type { KubeObject, ResourceInfo, Status } from './types';
import { clone, groupVersion, isObject } from './types';
import type { Store } from './store';
import { CRDS, NAMESPACES, storageKey } from './registry';
import type { FieldValidation } from './admission';
import { admitCustomResource, validateName } from './admission';
import { deepEqual, specOf } from './equality';
import { applyJsonPatch, applyMergePatch } from './patch';
import {
  alreadyExists,
  badRequest,
  conflict,
  invalid,
  isStatus,
  namespaceNotFound,
  notFound,
  unsupportedMediaType,
} from './statusErrors';
import { cause } from './statusErrors';
import { crdStatus, shapeBody } from './objectShape';

/** The verbs of the API server on top of the store: admission, metadata and concurrency rules. */

export type Target = { info: ResourceInfo; version: string; namespace?: string };
export type WriteOptions = {
  dryRun?: boolean;
  fieldValidation?: FieldValidation;
  subresource?: string;
};
export type Ok = { object: KubeObject; warnings: string[]; code: number };
export type Result = Ok | Status;

const NAME_CHARS = 'bcdfghjklmnpqrstvwxz2456789';
const randomSuffix = (): string =>
  Array.from({ length: 5 }, () => NAME_CHARS[Math.floor(Math.random() * NAME_CHARS.length)]).join(
    '',
  );

export class Api {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  /** The object as served in the version the client asked for. */
  present(target: Target, object: KubeObject): KubeObject {
    const { metadata, ...rest } = object;
    return {
      apiVersion: groupVersion(target.info.group, target.version),
      kind: target.info.kind,
      metadata,
      ...Object.fromEntries(
        Object.entries(rest).filter(([k]) => k !== 'apiVersion' && k !== 'kind'),
      ),
    };
  }

  get(target: Target, name: string): Result {
    const found = this.store.get(storageKey(target.info), target.namespace, name);
    return found
      ? { object: this.present(target, found), warnings: [], code: 200 }
      : notFound(target.info, name);
  }

  list(target: Target): KubeObject[] {
    return this.store
      .list(storageKey(target.info), target.namespace)
      .map((o) => this.present(target, o));
  }

  create(target: Target, body: unknown, options: WriteOptions = {}): Result {
    const { info } = target;
    const object = shapeBody(target, body, undefined);
    if (isStatus(object)) return object;
    const meta = object.metadata;
    if (!meta.name && meta.generateName) meta.name = `${meta.generateName}${randomSuffix()}`;
    if (!meta.name) {
      return invalid(info, '', [
        cause(
          'FieldValueRequired',
          'metadata.name',
          'Required value: name or generateName is required',
        ),
      ]);
    }
    const nameErrors = validateName(meta.name, info === NAMESPACES);
    if (nameErrors.length > 0) return invalid(info, meta.name, nameErrors);
    if (
      info.namespaced &&
      !this.store.get(storageKey(NAMESPACES), undefined, target.namespace ?? '')
    ) {
      return namespaceNotFound(target.namespace ?? '');
    }
    if (this.store.get(storageKey(info), target.namespace, meta.name))
      return alreadyExists(info, meta.name);
    if (info.statusSubresource) delete object.status;
    const admitted = this.admit(target, object, undefined, options);
    if (!('object' in admitted)) return admitted;
    const created = admitted.object;
    Object.assign(created.metadata, {
      uid: randomUUID(),
      creationTimestamp: this.timestamp(),
      generation: 1,
    });
    delete created.metadata.resourceVersion;
    if (info === CRDS) created.status = crdStatus(created);
    if (info === NAMESPACES) created.status = { phase: 'Active' };
    const stored = options.dryRun ? created : this.store.write(storageKey(info), created);
    return { object: this.present(target, stored), warnings: admitted.warnings, code: 201 };
  }

  update(target: Target, name: string, body: unknown, options: WriteOptions = {}): Result {
    const existing = this.store.get(storageKey(target.info), target.namespace, name);
    if (!existing) return notFound(target.info, name);
    const incoming = shapeBody(target, body, name);
    if (isStatus(incoming)) return incoming;
    const wanted = incoming.metadata.resourceVersion;
    if (wanted !== undefined && wanted !== '' && wanted !== existing.metadata.resourceVersion) {
      return conflict(target.info, name);
    }
    return this.replace(target, existing, incoming, options);
  }

  patch(
    target: Target,
    name: string,
    contentType: string,
    patch: unknown,
    options: WriteOptions = {},
  ): Result {
    const existing = this.store.get(storageKey(target.info), target.namespace, name);
    if (!existing) return notFound(target.info, name);
    const current = this.present(target, existing);
    let patched: unknown;
    if (contentType.startsWith('application/json-patch+json')) {
      const outcome = applyJsonPatch(current, patch);
      if ('error' in outcome)
        return invalid(target.info, name, [cause('FieldValueInvalid', '', outcome.error)]);
      patched = outcome.result;
    } else if (/^application\/(merge-patch|strategic-merge-patch)\+json/.test(contentType)) {
      patched = applyMergePatch(current, patch);
    } else {
      return unsupportedMediaType(contentType);
    }
    if (!isObject(patched) || !isObject(patched.metadata))
      return badRequest('patched object has no metadata');
    const wanted = patched.metadata.resourceVersion;
    if (wanted !== undefined && wanted !== existing.metadata.resourceVersion)
      return conflict(target.info, name);
    return this.update(
      target,
      name,
      { ...patched, metadata: { ...patched.metadata, resourceVersion: undefined } },
      options,
    );
  }

  delete(
    target: Target,
    name: string,
    options: WriteOptions & { preconditions?: Record<string, unknown> } = {},
  ): Result {
    const key = storageKey(target.info);
    const existing = this.store.get(key, target.namespace, name);
    if (!existing) return notFound(target.info, name);
    const pre = options.preconditions ?? {};
    if (
      (pre.uid && pre.uid !== existing.metadata.uid) ||
      (pre.resourceVersion && pre.resourceVersion !== existing.metadata.resourceVersion)
    ) {
      return conflict(
        target.info,
        name,
        'the UID or resourceVersion in the precondition does not match the object in storage',
      );
    }
    if (options.dryRun) return { object: this.present(target, existing), warnings: [], code: 200 };
    if (target.info === NAMESPACES) this.emptyNamespace(name);
    const removed = this.store.remove(key, target.namespace, name) ?? existing;
    removed.metadata.deletionTimestamp = this.timestamp();
    if (target.info === NAMESPACES) removed.status = { phase: 'Terminating' };
    return { object: this.present(target, removed), warnings: [], code: 200 };
  }

  /** Objects of every namespaced resource in the namespace; set by the cluster to know all resources. */
  namespacedKeys: () => string[] = () => [];

  private emptyNamespace(namespace: string): void {
    for (const key of this.namespacedKeys()) {
      for (const object of this.store.list(key, namespace)) {
        this.store.remove(key, namespace, object.metadata.name ?? '');
      }
    }
  }

  private replace(
    target: Target,
    existing: KubeObject,
    incoming: KubeObject,
    options: WriteOptions,
  ): Result {
    const { info } = target;
    let next: KubeObject;
    if (options.subresource === 'status') {
      next = { ...clone(existing), status: incoming.status };
      if (incoming.status === undefined) delete next.status;
    } else {
      next = { ...incoming, metadata: { ...incoming.metadata } };
      if (info.statusSubresource || info === CRDS || info === NAMESPACES) {
        if (existing.status === undefined) delete next.status;
        else next.status = clone(existing.status);
      }
    }
    for (const immutable of ['uid', 'creationTimestamp', 'generation', 'namespace', 'name']) {
      if (existing.metadata[immutable] === undefined) delete next.metadata[immutable];
      else next.metadata[immutable] = existing.metadata[immutable];
    }
    const admitted = this.admit(target, next, this.present(target, existing), options);
    if (!('object' in admitted)) return admitted;
    const updated = admitted.object;
    updated.metadata.resourceVersion = existing.metadata.resourceVersion;
    if (!deepEqual(specOf(updated), specOf(this.present(target, existing)))) {
      updated.metadata.generation = (existing.metadata.generation ?? 1) + 1;
    }
    if (info === CRDS) updated.status = crdStatus(updated);
    if (deepEqual(updated, this.present(target, existing))) {
      return { object: updated, warnings: admitted.warnings, code: 200 };
    }
    const stored = options.dryRun ? updated : this.store.write(storageKey(info), updated);
    return { object: this.present(target, stored), warnings: admitted.warnings, code: 200 };
  }

  private admit(
    target: Target,
    object: KubeObject,
    old: KubeObject | undefined,
    options: WriteOptions,
  ) {
    if (Object.keys(target.info.schemas).length === 0) return { object, warnings: [] };
    return admitCustomResource(
      target.info,
      target.version,
      object,
      old,
      options.fieldValidation ?? 'Warn',
    );
  }

  private timestamp(): string {
    return this.now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  }
}
