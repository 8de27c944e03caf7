import type { KubeObject } from '../types';
import type { OperatorClient } from './client';
import { SAIL, specOf, statusOf } from './client';
import { findCondition, conditionFalse, conditionTrue } from './conditions';
import type { DesiredCondition } from './conditions';
import type { VersionCatalog } from './versions';
import { buildCatalog, versionSchemaOf } from './versions';

/** What a reconcile function needs from the operator around it. */
export type ReconcileContext = {
  client: OperatorClient;
  now: () => Date;
  /** Whether the workload of this object's current generation has become ready (starts the clock). */
  isReady(object: KubeObject): boolean;
  /** Milliseconds an object has been inactive and unused (starts the clock on first call). */
  inactiveForMs(uid: string): number;
  /** Forget the inactivity clock of an object that is in use again. */
  markActive(uid: string): void;
  /** Run another reconcile pass after `ms`. */
  requeueAfter(ms: number): void;
  usage: Usage;
};

export type Usage = { revisions: Set<string>; tags: Set<string> };

/** Revisions and tags referenced by namespaces (`istio.io/rev` or `istio-injection=enabled`). */
export const computeUsage = (namespaces: KubeObject[], tags: KubeObject[]): Usage => {
  const tagTargets = new Map(
    tags.map((t) => [t.metadata.name ?? '', String(statusOf(t).istioRevision ?? '')] as const),
  );
  const usage: Usage = { revisions: new Set(), tags: new Set() };
  const reference = (name: string) => {
    const viaTag = tagTargets.get(name);
    if (viaTag !== undefined) {
      usage.tags.add(name);
      if (viaTag) usage.revisions.add(viaTag);
    } else {
      usage.revisions.add(name);
    }
  };
  for (const ns of namespaces) {
    const labels = ns.metadata.labels ?? {};
    if (labels['istio.io/rev']) reference(labels['istio.io/rev']);
    else if (labels['istio-injection'] === 'enabled') reference('default');
  }
  return usage;
};

export const catalogFor = (ctx: ReconcileContext, group: string, kind: string): VersionCatalog => {
  const info = ctx.client.target(group, kind)?.info;
  return buildCatalog(versionSchemaOf(info?.schemas[info.storageVersion]));
};

/** DependenciesHealthy: an Istio using the CNI plugin needs a healthy IstioCNI `default`. */
export const dependenciesCondition = (ctx: ReconcileContext, values: unknown): DesiredCondition => {
  const pilot = (values as { pilot?: { cni?: { enabled?: boolean } } } | undefined)?.pilot;
  if (pilot?.cni?.enabled !== true) return conditionTrue('DependenciesHealthy');
  const cni = ctx.client.get(SAIL, 'IstioCNI', 'default');
  if (!cni) {
    return conditionFalse(
      'DependenciesHealthy',
      'IstioCNINotFound',
      'IstioCNI resource does not exist',
    );
  }
  if (findCondition(cni.status, 'Ready')?.status !== 'True') {
    return conditionFalse(
      'DependenciesHealthy',
      'IstioCNINotHealthy',
      'IstioCNI resource status indicates that the component is not healthy',
    );
  }
  return conditionTrue('DependenciesHealthy');
};

export const specVersion = (object: KubeObject): string => String(specOf(object).version ?? '');
