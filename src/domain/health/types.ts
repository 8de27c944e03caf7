export type Health = 'Healthy' | 'Progressing' | 'Degraded' | 'Error' | 'Unknown';

export type HealthSummary = {
  health: Health;
  /** The operator's state or condition reason, or one of `SUMMARY_REASONS` when we decide. */
  reason?: string;
  /** The operator's message from the deciding condition. */
  message?: string;
  /** RFC 3339 time from which the summary holds (lastTransitionTime of the deciding condition). */
  since?: string;
  /** IstioRevision and IstioRevisionTag: whether workloads use it; undefined when unknown. */
  inUse?: boolean;
};

/** The kinds whose status we summarise; `EarlyIstio` is `operator.istio.io/v1alpha1` Istio. */
export type MeshKind =
  'Istio' | 'IstioRevision' | 'IstioRevisionTag' | 'IstioCNI' | 'ZTunnel' | 'EarlyIstio';

/** Reasons we give when the operator has not (yet) said anything that decides. */
export const SUMMARY_REASONS = {
  terminating: 'Terminating',
  awaitingStatus: 'AwaitingStatus',
  noStatus: 'NoStatus',
  generationNotObserved: 'GenerationNotObserved',
  noConditions: 'NoConditions',
} as const;

export type HealthOptions = {
  /** The current time; without it nothing is judged by age (see `settleSeconds`). */
  now?: Date | number;
  /**
   * How long a component may be starting before "not ready" counts as Degraded rather than
   * Progressing, and how long a new object may have no status. Default 300.
   */
  settleSeconds?: number;
};
