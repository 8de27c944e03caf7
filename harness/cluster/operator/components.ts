import type { KubeObject } from '../types';
import { EARLY, SAIL, specOf, statusOf } from './client';
import type { ReconcileContext } from './context';
import { catalogFor, specVersion } from './context';
import type { DesiredCondition } from './conditions';
import {
  conditionsOf,
  setConditions,
  stateFrom,
  truncatedNow,
  conditionFalse,
  conditionTrue,
  inUseCondition,
} from './conditions';
import { earlyAppliedValues } from './values';
import { unsupportedVersionMessage } from './versions';

/** IstioCNI, ZTunnel, IstioRevisionTag and the early-API Istio. */

const notify = (ctx: ReconcileContext, object: KubeObject, state: string, message?: string) => {
  if (statusOf(object).state === state) return;
  const warning = state === 'ReconcileError' || state === 'RefNotFound';
  ctx.client.event(
    object,
    warning ? 'Warning' : 'Normal',
    state,
    message ?? `${object.kind} ${object.metadata.name} is ${state}`,
  );
};

const firstProblem = (conditions: DesiredCondition[]) =>
  conditions.find((c) => c.status !== 'True')?.message;

/** IstioCNI and ZTunnel: a DaemonSet that becomes ready after the reconcile delay. */
export const reconcileNodeAgent = (
  ctx: ReconcileContext,
  kind: 'IstioCNI' | 'ZTunnel',
  object: KubeObject,
): void => {
  const version = specVersion(object);
  const catalog = catalogFor(ctx, SAIL, kind);
  const daemonSet = kind === 'IstioCNI' ? 'istio-cni-node' : 'ztunnel';
  let reconciled: DesiredCondition = conditionTrue('Reconciled');
  if (object.metadata.name !== 'default') {
    reconciled = conditionFalse(
      'Reconciled',
      'ReconcileError',
      `the ${kind} resource must be named "default"`,
    );
  } else if (!catalog.isSupported(version)) {
    reconciled = conditionFalse(
      'Reconciled',
      'ReconcileError',
      unsupportedVersionMessage(version, catalog),
    );
  }
  const ready: DesiredCondition =
    reconciled.status === 'True' && ctx.isReady(object)
      ? conditionTrue('Ready')
      : conditionFalse('Ready', 'DaemonSetNotReady', `not all ${daemonSet} pods are ready`);
  const desired = [reconciled, ready];
  const state = stateFrom(desired, ['Reconciled', 'Ready']);
  notify(ctx, object, state, firstProblem(desired));
  const target = specOf(object).targetRef as { kind?: string; name?: string } | undefined;
  const istio =
    target?.kind === 'Istio' && target.name
      ? ctx.client.get(SAIL, 'Istio', target.name)
      : undefined;
  const revision = istio ? statusOf(istio).activeRevisionName : undefined;
  ctx.client.updateStatus(SAIL, kind, object, {
    observedGeneration: object.metadata.generation,
    conditions: setConditions(conditionsOf(object.status), desired, truncatedNow(ctx.now())),
    state,
    ...(kind === 'ZTunnel' && revision ? { istioRevision: revision } : {}),
  });
};

/** IstioRevisionTag: resolves its target to a revision and reports whether workloads use it. */
export const reconcileTag = (ctx: ReconcileContext, tag: KubeObject): void => {
  const ref = (specOf(tag).targetRef ?? {}) as { kind?: string; name?: string };
  let revisionName: string | undefined;
  if (ref.kind === 'Istio') {
    const istio = ctx.client.get(SAIL, 'Istio', ref.name ?? '');
    revisionName = istio ? (statusOf(istio).activeRevisionName as string | undefined) : undefined;
  } else if (
    ref.kind === 'IstioRevision' &&
    ctx.client.get(SAIL, 'IstioRevision', ref.name ?? '')
  ) {
    revisionName = ref.name;
  }
  const revision = revisionName ? ctx.client.get(SAIL, 'IstioRevision', revisionName) : undefined;
  const name = tag.metadata.name ?? '';
  const clash = ctx.client.get(SAIL, 'IstioRevision', name);
  const reconciled: DesiredCondition = clash
    ? conditionFalse(
        'Reconciled',
        'NameAlreadyExists',
        `an IstioRevision named ${name} already exists`,
      )
    : revision
      ? conditionTrue('Reconciled')
      : conditionFalse(
          'Reconciled',
          'RefNotFound',
          `referenced ${ref.kind ?? 'object'} ${ref.name ?? ''} or its active revision not found`,
        );
  const inUse = inUseCondition(ctx.usage.tags.has(name));
  const desired = [reconciled, inUse];
  const state = reconciled.status === 'True' ? 'Healthy' : (reconciled.reason ?? 'ReconcileError');
  notify(ctx, tag, state, firstProblem(desired));
  ctx.client.updateStatus(SAIL, 'IstioRevisionTag', tag, {
    observedGeneration: tag.metadata.generation,
    conditions: setConditions(conditionsOf(tag.status), desired, truncatedNow(ctx.now())),
    state,
    ...(revision
      ? { istioRevision: revisionName, istiodNamespace: specOf(revision).namespace }
      : {}),
  });
};

/** Early `operator.istio.io` Istio: the applied values go to `status.appliedValues`. */
export const reconcileEarlyIstio = (ctx: ReconcileContext, istio: KubeObject): void => {
  const spec = specOf(istio);
  const catalog = catalogFor(ctx, EARLY, 'Istio');
  const version = String(spec.version ?? 'latest');
  const supported = catalog.isSupported(version);
  const reconciled: DesiredCondition = supported
    ? conditionTrue('Reconciled')
    : conditionFalse('Reconciled', 'ReconcileError', unsupportedVersionMessage(version, catalog));
  const ready: DesiredCondition =
    supported && ctx.isReady(istio)
      ? conditionTrue('Ready')
      : conditionFalse('Ready', 'IstiodNotReady', 'not all istiod pods are ready');
  const desired = [reconciled, ready];
  const state = stateFrom(desired, ['Reconciled', 'Ready']);
  notify(ctx, istio, state, firstProblem(desired));
  const previous = statusOf(istio);
  const appliedValues = supported
    ? earlyAppliedValues({
        profile: spec.profile as string | undefined,
        values: spec.values,
        rawValues: spec.rawValues,
        version,
        namespace: istio.metadata.namespace ?? '',
      })
    : previous.appliedValues;
  ctx.client.updateStatus(EARLY, 'Istio', istio, {
    observedGeneration: istio.metadata.generation,
    conditions: setConditions(conditionsOf(previous), desired, truncatedNow(ctx.now())),
    state,
    ...(appliedValues ? { appliedValues } : {}),
  });
};
