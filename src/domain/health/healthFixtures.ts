// Small status shapes as the operator writes them, for health tests.
import type { Condition, MeshResource } from '../../k8s/types';

export const T0 = '2026-08-01T10:00:00Z';
export const T1 = '2026-08-01T10:02:00Z';
export const T2 = '2026-08-01T10:05:00Z';
export const at = (time: string, plusSeconds = 0) => Date.parse(time) + plusSeconds * 1000;

export const cond = (
  type: string,
  status: 'True' | 'False' | 'Unknown',
  reason?: string,
  lastTransitionTime = T1,
  message?: string,
): Condition => ({ type, status, reason, lastTransitionTime, message });

export const resource = (
  kind: string,
  status?: { state?: string; conditions?: Condition[]; observedGeneration?: number },
  metadata: MeshResource['metadata'] = {},
  apiVersion = 'sailoperator.io/v1',
): MeshResource => ({
  apiVersion,
  kind,
  metadata: { name: 'default', generation: 1, creationTimestamp: T0, ...metadata },
  status: status ? { observedGeneration: 1, ...status } : undefined,
});
