/** @jest-environment node */
import type { Condition } from '../../k8s/types';
import { at, cond, resource, T0, T1 } from './healthFixtures';
import { meshKindOf, summarizeHealth } from './summarizeHealth';
import type { MeshKind } from './types';

describe('summarizeHealth for the early operator.istio.io API', () => {
  const early = (state: string, ready: Condition) =>
    resource(
      'Istio',
      { state, conditions: [cond('Reconciled', 'True'), ready] },
      {},
      'operator.istio.io/v1alpha1',
    );

  it('recognises the early API from its apiVersion', () => {
    expect(meshKindOf(early('Healthy', cond('Ready', 'True')))).toBe('EarlyIstio');
    expect(meshKindOf(resource('Istio', { state: 'Healthy' }))).toBe('Istio');
    expect(meshKindOf({ kind: 'Pod' })).toBe(undefined);
  });

  it.each([
    ['Healthy', cond('Ready', 'True'), 'Healthy'],
    ['IstiodNotReady', cond('Ready', 'False', 'IstiodNotReady'), 'Degraded'],
    ['CNINotReady', cond('Ready', 'False', 'CNINotReady'), 'Degraded'],
  ])('maps state %s to %s once settled', (state, ready, health) => {
    expect(summarizeHealth(early(state, ready), undefined, { now: at(T1, 3600) }).health).toBe(
      health,
    );
  });

  it('maps CNINotReady to Progressing right after it happened', () => {
    const summary = summarizeHealth(
      early('CNINotReady', cond('Ready', 'False', 'CNINotReady', T1)),
      undefined,
      { now: at(T1, 10) },
    );
    expect(summary.health).toBe('Progressing');
  });

  it('maps ReconcileError to Error', () => {
    const istio = resource(
      'Istio',
      { state: 'ReconcileError', conditions: [cond('Reconciled', 'False', 'ReconcileError')] },
      {},
      'operator.istio.io/v1alpha1',
    );
    expect(summarizeHealth(istio).health).toBe('Error');
  });
});

// Every state the operator can report, per kind, with the condition that carries it.
const EVERY_STATE: [MeshKind, string, string, 'False' | 'Unknown', string, string][] = [
  // kind, state, condition, status, health once settled, health while settling
  ['Istio', 'ReconcileError', 'Reconciled', 'False', 'Error', 'Error'],
  ['Istio', 'ActiveRevisionNotFound', 'Reconciled', 'False', 'Degraded', 'Progressing'],
  ['Istio', 'FailedToGetActiveRevision', 'Reconciled', 'Unknown', 'Unknown', 'Unknown'],
  ['Istio', 'IstiodNotReady', 'Ready', 'False', 'Degraded', 'Progressing'],
  ['Istio', 'RemoteIstiodNotReady', 'Ready', 'False', 'Degraded', 'Progressing'],
  ['Istio', 'ReadinessCheckFailed', 'Ready', 'Unknown', 'Unknown', 'Unknown'],
  ['Istio', 'IstioCNINotFound', 'DependenciesHealthy', 'False', 'Degraded', 'Degraded'],
  ['Istio', 'IstioCNINotHealthy', 'DependenciesHealthy', 'False', 'Degraded', 'Progressing'],
  ['Istio', 'DependencyCheckFailed', 'DependenciesHealthy', 'Unknown', 'Unknown', 'Unknown'],
  ['IstioRevision', 'NameAlreadyExists', 'Reconciled', 'False', 'Error', 'Error'],
  ['IstioRevision', 'ZTunnelNotFound', 'DependenciesHealthy', 'False', 'Degraded', 'Degraded'],
  ['IstioRevision', 'ZTunnelNotHealthy', 'DependenciesHealthy', 'False', 'Degraded', 'Progressing'],
  ['IstioRevisionTag', 'RefNotFound', 'Reconciled', 'False', 'Error', 'Error'],
  ['IstioRevisionTag', 'NameAlreadyExists', 'Reconciled', 'False', 'Error', 'Error'],
  ['IstioRevisionTag', 'UsageCheckFailed', 'InUse', 'Unknown', 'Unknown', 'Unknown'],
  ['IstioRevisionTag', 'NotReferencedByAnything', 'InUse', 'False', 'Healthy', 'Healthy'],
  ['IstioCNI', 'DaemonSetNotReady', 'Ready', 'False', 'Degraded', 'Progressing'],
  ['IstioCNI', 'ReadinessCheckFailed', 'Ready', 'Unknown', 'Unknown', 'Unknown'],
  ['ZTunnel', 'DaemonSetNotReady', 'Ready', 'False', 'Degraded', 'Progressing'],
  ['ZTunnel', 'ReconcileError', 'Reconciled', 'False', 'Error', 'Error'],
];

describe.each(EVERY_STATE)(
  '%s in state %s (%s=%s)',
  (kind, state, type, status, settled, settling) => {
    const subject = resource(kind, {
      state,
      conditions: [
        ...(type === 'Reconciled' ? [] : [cond('Reconciled', 'True', 'Reconciled', T0)]),
        cond(type, status, state, T1, `${state} message`),
      ],
    });

    it(`is ${settled} once settled and ${settling} while settling`, () => {
      expect(summarizeHealth(subject, kind, { now: at(T1, 3600) })).toMatchObject({
        health: settled,
        reason: state,
        message: `${state} message`,
        since: T1,
      });
      expect(summarizeHealth(subject, kind, { now: at(T1, 5) }).health).toBe(settling);
    });
  },
);
