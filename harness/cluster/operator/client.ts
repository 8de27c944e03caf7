import { randomBytes } from 'node:crypto';
import type { JsonObject, KubeObject } from '../types';
import { groupVersion, isObject } from '../types';
import type { Api, Result, Target } from '../api';
import type { Registry } from '../registry';
import { EVENTS } from '../registry';
import { isStatus } from '../statusErrors';
import { deepEqual } from '../equality';
import { truncatedNow } from './conditions';

/** How the operator talks to the API: through the same admission as any client, as cluster admin. */

export const SAIL = 'sailoperator.io';
export const EARLY = 'operator.istio.io';

export class OperatorClient {
  /** Number of writes made; a reconcile pass that writes nothing has converged. */
  writes = 0;

  constructor(
    private readonly api: Api,
    private readonly registry: () => Registry,
    private readonly now: () => Date,
  ) {}

  target(group: string, kind: string, namespace?: string): Target | undefined {
    const info = this.registry().byKind(group, kind);
    return info ? { info, version: info.storageVersion, namespace } : undefined;
  }

  list(group: string, kind: string): KubeObject[] {
    const target = this.target(group, kind);
    return target ? this.api.list(target) : [];
  }

  get(group: string, kind: string, name: string, namespace?: string): KubeObject | undefined {
    const target = this.target(group, kind, namespace);
    const result = target ? this.api.get(target, name) : undefined;
    return result && !isStatus(result) ? result.object : undefined;
  }

  create(group: string, kind: string, object: KubeObject): Result | undefined {
    const target = this.target(group, kind, object.metadata.namespace);
    if (!target) return undefined;
    this.writes++;
    return this.api.create(target, object, { fieldValidation: 'Ignore' });
  }

  /** Replaces the spec when it differs; returns the failure Status if the API refused it. */
  updateSpec(group: string, kind: string, object: KubeObject, spec: unknown): Result | undefined {
    const target = this.target(group, kind, object.metadata.namespace);
    if (!target || deepEqual(object.spec, spec)) return undefined;
    this.writes++;
    return this.api.update(
      target,
      object.metadata.name ?? '',
      { ...object, spec },
      { fieldValidation: 'Ignore' },
    );
  }

  updateStatus(group: string, kind: string, object: KubeObject, status: JsonObject): void {
    const target = this.target(group, kind, object.metadata.namespace);
    if (!target || deepEqual(object.status, status)) return;
    this.writes++;
    this.api.update(
      target,
      object.metadata.name ?? '',
      { ...object, status },
      { subresource: 'status', fieldValidation: 'Ignore' },
    );
  }

  delete(group: string, kind: string, object: KubeObject): void {
    const target = this.target(group, kind, object.metadata.namespace);
    if (!target) return;
    this.writes++;
    this.api.delete(target, object.metadata.name ?? '');
  }

  /** Records a core/v1 Event about `about`; cluster-scoped objects get theirs in `default`. */
  event(about: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string): void {
    const namespace = about.metadata.namespace ?? 'default';
    const stamp = truncatedNow(this.now());
    const event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${about.metadata.name}.${randomBytes(8).toString('hex')}`, namespace },
      involvedObject: {
        apiVersion: about.apiVersion,
        kind: about.kind,
        name: about.metadata.name,
        ...(about.metadata.namespace ? { namespace: about.metadata.namespace } : {}),
        uid: about.metadata.uid,
        resourceVersion: about.metadata.resourceVersion,
      },
      reason,
      message,
      type,
      source: { component: 'sail-operator' },
      reportingComponent: 'sail-operator',
      reportingInstance: 'sail-operator-0',
      firstTimestamp: stamp,
      lastTimestamp: stamp,
      count: 1,
    };
    this.create(EVENTS.group, EVENTS.kind, event);
  }

  ownerReference(owner: KubeObject): JsonObject {
    return {
      apiVersion: owner.apiVersion ?? groupVersion(SAIL, 'v1'),
      kind: owner.kind ?? '',
      name: owner.metadata.name ?? '',
      uid: owner.metadata.uid ?? '',
      controller: true,
      blockOwnerDeletion: true,
    };
  }
}

export const specOf = (object: KubeObject | undefined): JsonObject =>
  object && isObject(object.spec) ? object.spec : {};

export const statusOf = (object: KubeObject | undefined): JsonObject =>
  object && isObject(object.status) ? object.status : {};
