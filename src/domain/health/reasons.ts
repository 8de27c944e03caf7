import type { Health, MeshKind } from './types';

/**
 * How each state or condition reason the operator reports reads as health. `transient` reasons
 * are Progressing while the component is still settling, then `health`.
 */
export type ReasonRule = { health: Health; transient?: boolean };

// Every reason of sailoperator.io/v1 Istio, IstioRevision, IstioRevisionTag, IstioCNI, ZTunnel
// (and v1alpha1 ZTunnel, which shares them) plus the early operator.istio.io API.
export const REASON_RULES: Readonly<Record<string, ReasonRule>> = {
  Healthy: { health: 'Healthy' },

  // Reconciled=False: the operator failed and retries; the user usually has to act.
  ReconcileError: { health: 'Error' },
  NameAlreadyExists: { health: 'Error' },
  RefNotFound: { health: 'Error' },

  // The active revision may lag right after creation or an update.
  ActiveRevisionNotFound: { health: 'Degraded', transient: true },

  // Ready=False: pods are starting or failing.
  IstiodNotReady: { health: 'Degraded', transient: true },
  RemoteIstiodNotReady: { health: 'Degraded', transient: true },
  DaemonSetNotReady: { health: 'Degraded', transient: true },
  CNINotReady: { health: 'Degraded', transient: true },

  // DependenciesHealthy=False: a required IstioCNI or ZTunnel is missing or unhealthy.
  IstioCNINotFound: { health: 'Degraded' },
  ZTunnelNotFound: { health: 'Degraded' },
  IstioCNINotHealthy: { health: 'Degraded', transient: true },
  ZTunnelNotHealthy: { health: 'Degraded', transient: true },

  // The operator could not find out: status Unknown.
  FailedToGetActiveRevision: { health: 'Unknown' },
  ReadinessCheckFailed: { health: 'Unknown' },
  DependencyCheckFailed: { health: 'Unknown' },
  UsageCheckFailed: { health: 'Unknown' },

  // InUse: an unused tag or revision is not unhealthy.
  NotReferencedByAnything: { health: 'Healthy' },
  ReferencedByWorkloads: { health: 'Healthy' },
};

/** The conditions that decide `status.state`, in the operator's order, per kind. */
export const DECIDING_CONDITIONS: Readonly<Record<MeshKind, readonly string[]>> = {
  Istio: ['Reconciled', 'Ready', 'DependenciesHealthy'],
  IstioRevision: ['Reconciled', 'Ready', 'DependenciesHealthy'],
  IstioRevisionTag: ['Reconciled', 'InUse'],
  IstioCNI: ['Reconciled', 'Ready'],
  ZTunnel: ['Reconciled', 'Ready'],
  EarlyIstio: ['Reconciled', 'Ready'],
};

/** For an object of unknown kind: every condition that can decide, except InUse. */
export const GENERIC_DECIDING_CONDITIONS: readonly string[] = [
  'Reconciled',
  'Ready',
  'DependenciesHealthy',
];
