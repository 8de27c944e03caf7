import type { Condition, MeshResource } from '../../k8s/types';
import {
  DECIDING_CONDITIONS,
  GENERIC_DECIDING_CONDITIONS,
  REASON_RULES,
  type ReasonRule,
} from './reasons';
import { SUMMARY_REASONS, type HealthOptions, type HealthSummary, type MeshKind } from './types';

const DEFAULT_SETTLE_SECONDS = 300;
const MESH_KINDS: readonly string[] = [
  'Istio',
  'IstioRevision',
  'IstioRevisionTag',
  'IstioCNI',
  'ZTunnel',
];

/** The kind from the object's own apiVersion and kind, as watches return them. */
export const meshKindOf = (resource: MeshResource): MeshKind | undefined => {
  const kind = resource?.kind;
  if (typeof kind !== 'string') return undefined;
  if (kind === 'Istio' && resource.apiVersion?.startsWith('operator.istio.io/'))
    return 'EarlyIstio';
  return MESH_KINDS.includes(kind) ? (kind as MeshKind) : undefined;
};

const conditionsOf = (status: unknown): Condition[] => {
  const list = (status as { conditions?: unknown } | undefined)?.conditions;
  return Array.isArray(list)
    ? list.filter((c): c is Condition => !!c && typeof c === 'object' && typeof c.type === 'string')
    : [];
};

const toMillis = (time: string | undefined): number | undefined => {
  const parsed = typeof time === 'string' ? Date.parse(time) : NaN;
  return Number.isNaN(parsed) ? undefined : parsed;
};

const latestTransition = (conditions: Condition[]): string | undefined =>
  conditions.reduce<string | undefined>((latest, c) => {
    const at = toMillis(c.lastTransitionTime);
    return at !== undefined && (latest === undefined || at > (toMillis(latest) ?? 0))
      ? c.lastTransitionTime
      : latest;
  }, undefined);

const inUseOf = (conditions: Condition[]): boolean | undefined => {
  const status = conditions.find((c) => c.type === 'InUse')?.status;
  return status === 'True' ? true : status === 'False' ? false : undefined;
};

// A reason we do not know reads from its condition: False is a problem, anything else is unknown.
const ruleFor = (reason: string | undefined, deciding: Condition | undefined): ReasonRule =>
  (reason !== undefined ? REASON_RULES[reason] : undefined) ??
  (deciding?.reason !== undefined ? REASON_RULES[deciding.reason] : undefined) ?? {
    health: deciding?.status === 'False' ? 'Degraded' : 'Unknown',
  };

/**
 * One health verdict for an operator-managed object, from its state and conditions, following the
 * operator's own order of conditions. Pass `options.now` to let fresh objects and starting
 * components read as Progressing instead of Unknown or Degraded.
 */
export const summarizeHealth = (
  resource: MeshResource,
  kind: MeshKind | undefined = meshKindOf(resource),
  options: HealthOptions = {},
): HealthSummary => {
  const metadata = resource?.metadata ?? {};
  const status = resource?.status;
  const { now: nowOption, settleSeconds = DEFAULT_SETTLE_SECONDS } = options ?? {};
  const now = nowOption === undefined ? undefined : Number(nowOption);
  const settleMs = settleSeconds * 1000;
  const settling = (since: string | undefined): boolean => {
    const at = toMillis(since);
    return now !== undefined && at !== undefined && now - at < settleMs;
  };

  if (metadata.deletionTimestamp) {
    return {
      health: 'Progressing',
      reason: SUMMARY_REASONS.terminating,
      since: metadata.deletionTimestamp,
    };
  }

  const conditions = conditionsOf(status);
  const state = typeof status?.state === 'string' && status.state !== '' ? status.state : undefined;
  const inUse =
    kind === 'IstioRevision' || kind === 'IstioRevisionTag' ? inUseOf(conditions) : undefined;
  const summary = (s: HealthSummary): HealthSummary => (inUse === undefined ? s : { ...s, inUse });

  if (state === undefined && conditions.length === 0) {
    return settling(metadata.creationTimestamp)
      ? {
          health: 'Progressing',
          reason: SUMMARY_REASONS.awaitingStatus,
          since: metadata.creationTimestamp,
        }
      : { health: 'Unknown', reason: SUMMARY_REASONS.noStatus };
  }

  const generation = metadata.generation;
  const observed = status?.observedGeneration;
  if (typeof generation === 'number' && typeof observed === 'number' && observed < generation) {
    return summary({ health: 'Progressing', reason: SUMMARY_REASONS.generationNotObserved });
  }

  const order = (kind && DECIDING_CONDITIONS[kind]) ?? GENERIC_DECIDING_CONDITIONS;
  const relevant = order
    .map((type) => conditions.find((c) => c.type === type))
    .filter((c): c is Condition => c !== undefined);
  const notTrue = relevant.filter((c) => c.status !== 'True');

  if (state === 'Healthy' || (state === undefined && relevant.length > 0 && notTrue.length === 0)) {
    return summary({ health: 'Healthy', reason: 'Healthy', since: latestTransition(relevant) });
  }
  if (state === undefined && relevant.length === 0) {
    return summary({ health: 'Unknown', reason: SUMMARY_REASONS.noConditions });
  }

  const deciding = notTrue.find((c) => c.reason === state) ?? notTrue[0];
  const reason = state ?? deciding?.reason;
  const rule = ruleFor(reason, deciding);
  const since = deciding?.lastTransitionTime;
  const health =
    rule.transient && settling(since ?? metadata.creationTimestamp) ? 'Progressing' : rule.health;
  return summary({ health, reason, message: deciding?.message, since });
};
