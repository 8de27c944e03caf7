import type { JsonObject, KubeObject } from '../types';
import { SAIL, specOf, statusOf } from './client';
import type { ReconcileContext } from './context';
import { catalogFor, dependenciesCondition, specVersion } from './context';
import type { DesiredCondition } from './conditions';
import {
  conditionsOf,
  findCondition,
  setConditions,
  stateFrom,
  truncatedNow,
  conditionFalse,
  conditionTrue,
  inUseCondition,
} from './conditions';
import { revisionValues } from './values';
import { revisionSuffix, unsupportedVersionMessage } from './versions';
import { isStatus } from '../statusErrors';

/** Istio → IstioRevision(s), and the health of each revision. */

const HEALTH = ['Reconciled', 'Ready', 'DependenciesHealthy'];
const DEFAULT_GRACE_SECONDS = 30;

const ownedBy = (owner: KubeObject) => (object: KubeObject) =>
  (object.metadata.ownerReferences ?? []).some((ref) => ref.uid === owner.metadata.uid);

const emitOnStateChange = (
  ctx: ReconcileContext,
  object: KubeObject,
  state: string,
  message?: string,
) => {
  if (statusOf(object).state === state) return;
  const warning = state === 'ReconcileError';
  ctx.client.event(
    object,
    warning ? 'Warning' : 'Normal',
    state,
    message ?? `${object.kind} ${object.metadata.name} is ${state}`,
  );
};

export const reconcileIstio = (ctx: ReconcileContext, istio: KubeObject): void => {
  const spec = specOf(istio);
  const name = istio.metadata.name ?? '';
  const version = specVersion(istio);
  const catalog = catalogFor(ctx, SAIL, 'Istio');
  const now = truncatedNow(ctx.now());
  const previous = statusOf(istio);
  let reconciled: DesiredCondition = conditionTrue('Reconciled');
  let activeName = String(previous.activeRevisionName ?? '');

  if (!catalog.isSupported(version)) {
    reconciled = conditionFalse(
      'Reconciled',
      'ReconcileError',
      unsupportedVersionMessage(version, catalog),
    );
  } else {
    const resolved = catalog.resolve(version);
    const strategy = (spec.updateStrategy as JsonObject | undefined)?.type ?? 'InPlace';
    activeName = strategy === 'RevisionBased' ? `${name}-${revisionSuffix(resolved)}` : name;
    const namespace = String(spec.namespace ?? 'istio-system');
    const desired = {
      version: resolved,
      namespace,
      values: revisionValues({
        profile: spec.profile as string | undefined,
        userValues: spec.values,
        version: resolved,
        namespace,
        revisionName: activeName,
      }),
    };
    const existing = ctx.client.get(SAIL, 'IstioRevision', activeName);
    const result = existing
      ? ctx.client.updateSpec(SAIL, 'IstioRevision', existing, desired)
      : ctx.client.create(SAIL, 'IstioRevision', {
          apiVersion: `${SAIL}/v1`,
          kind: 'IstioRevision',
          metadata: {
            name: activeName,
            ownerReferences: [ctx.client.ownerReference(istio) as never],
          },
          spec: desired,
        });
    if (result && isStatus(result)) {
      reconciled = conditionFalse(
        'Reconciled',
        'ReconcileError',
        `failed to reconcile IstioRevision: ${result.message}`,
      );
    } else if (!existing) {
      ctx.client.event(
        istio,
        'Normal',
        'RevisionCreated',
        `Created IstioRevision ${activeName} for version ${resolved}`,
      );
    }
    // The revision controller reacts at once, so the Istio status below reflects the new revision.
    const fresh = ctx.client.get(SAIL, 'IstioRevision', activeName);
    if (fresh) reconcileRevision(ctx, fresh);
    pruneInactiveRevisions(ctx, istio, activeName);
  }

  const revisions = ctx.client.list(SAIL, 'IstioRevision').filter(ownedBy(istio));
  const active = revisions.find((r) => r.metadata.name === activeName);
  const ready: DesiredCondition = active
    ? copyCondition(active, 'Ready')
    : conditionFalse(
        'Ready',
        'ActiveRevisionNotFound',
        `active IstioRevision ${activeName || name} not found`,
      );
  const dependencies = active
    ? copyCondition(active, 'DependenciesHealthy')
    : { type: 'DependenciesHealthy', status: 'Unknown' as const };
  const desired = [reconciled, ready, dependencies];
  const state = stateFrom(desired, HEALTH);
  emitOnStateChange(ctx, istio, state, desired.find((c) => c.status !== 'True')?.message);
  ctx.client.updateStatus(SAIL, 'Istio', istio, {
    observedGeneration: istio.metadata.generation,
    conditions: setConditions(conditionsOf(previous), desired, now),
    state,
    ...(activeName ? { activeRevisionName: activeName } : {}),
    revisions: {
      total: revisions.length,
      ready: revisions.filter((r) => findCondition(r.status, 'Ready')?.status === 'True').length,
      inUse: revisions.filter((r) => findCondition(r.status, 'InUse')?.status === 'True').length,
    },
  });
};

const copyCondition = (from: KubeObject, type: string): DesiredCondition => {
  const c = findCondition(from.status, type);
  return c
    ? { type, status: c.status, reason: c.reason, message: c.message }
    : { type, status: 'Unknown' };
};

/** Old revisions go once unused for the grace period (InPlace keeps only the active one). */
const pruneInactiveRevisions = (
  ctx: ReconcileContext,
  istio: KubeObject,
  activeName: string,
): void => {
  const strategy = (specOf(istio).updateStrategy ?? {}) as JsonObject;
  const grace =
    Number(strategy.inactiveRevisionDeletionGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS) * 1000;
  for (const revision of ctx.client.list(SAIL, 'IstioRevision').filter(ownedBy(istio))) {
    const name = revision.metadata.name ?? '';
    const uid = revision.metadata.uid ?? '';
    if (name === activeName) continue;
    if (ctx.usage.revisions.has(name)) {
      ctx.markActive(uid);
      continue;
    }
    const waited = ctx.inactiveForMs(uid);
    if (waited >= grace) {
      ctx.client.delete(SAIL, 'IstioRevision', revision);
      ctx.client.event(
        istio,
        'Normal',
        'RevisionDeleted',
        `Deleted inactive IstioRevision ${name}`,
      );
    } else {
      ctx.requeueAfter(grace - waited);
    }
  }
};

export const reconcileRevision = (ctx: ReconcileContext, revision: KubeObject): void => {
  const spec = specOf(revision);
  const name = revision.metadata.name ?? '';
  const supported = catalogFor(ctx, SAIL, 'Istio');
  const version = specVersion(revision);
  // Revisions carry resolved versions, so `v1.30.3` counts as supported through `v1.30-latest`.
  const known =
    supported.isSupported(version) ||
    supported.supported.some((v) => supported.resolve(v) === version);
  const reconciled: DesiredCondition = known
    ? conditionTrue('Reconciled')
    : conditionFalse('Reconciled', 'ReconcileError', unsupportedVersionMessage(version, supported));
  const ready: DesiredCondition =
    reconciled.status === 'True' && ctx.isReady(revision)
      ? conditionTrue('Ready')
      : conditionFalse('Ready', 'IstiodNotReady', 'not all istiod pods are ready');
  const inUse = inUseCondition(ctx.usage.revisions.has(name));
  const desired = [reconciled, ready, dependenciesCondition(ctx, spec.values), inUse];
  const state = stateFrom(desired, HEALTH);
  emitOnStateChange(
    ctx,
    revision,
    state,
    desired.find((c) => c.status !== 'True' && c.type !== 'InUse')?.message,
  );
  ctx.client.updateStatus(SAIL, 'IstioRevision', revision, {
    observedGeneration: revision.metadata.generation,
    conditions: setConditions(conditionsOf(revision.status), desired, truncatedNow(ctx.now())),
    state,
  });
};

/** Revisions whose owning Istio is gone are deleted, as the garbage collector would. */
export const collectOrphanRevisions = (ctx: ReconcileContext): void => {
  const owners = new Set(ctx.client.list(SAIL, 'Istio').map((i) => i.metadata.uid));
  for (const revision of ctx.client.list(SAIL, 'IstioRevision')) {
    const refs = revision.metadata.ownerReferences ?? [];
    if (refs.length > 0 && refs.every((ref) => !owners.has(ref.uid)))
      ctx.client.delete(SAIL, 'IstioRevision', revision);
  }
};
