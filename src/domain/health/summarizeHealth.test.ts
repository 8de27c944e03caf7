/** @jest-environment node */
import type { MeshResource } from '../../k8s/types';
import { at, cond, resource, T0, T1, T2 } from './healthFixtures';
import { summarizeHealth } from './summarizeHealth';

const healthyIstio = resource('Istio', {
  state: 'Healthy',
  conditions: [
    cond('Reconciled', 'True', 'Reconciled', T0),
    cond('Ready', 'True', 'Ready', T2),
    cond('DependenciesHealthy', 'True', 'DependenciesHealthy', T1),
  ],
});

describe('summarizeHealth', () => {
  it('reports a healthy Istio since its last condition became true', () => {
    expect(summarizeHealth(healthyIstio)).toEqual({
      health: 'Healthy',
      reason: 'Healthy',
      since: T2,
    });
  });

  it('reports a reconcile error with the operator’s message and time', () => {
    const istio = resource('Istio', {
      state: 'ReconcileError',
      conditions: [
        cond('Reconciled', 'False', 'ReconcileError', T1, 'namespace istio-system not found'),
        cond('Ready', 'Unknown', 'ReconcileError', T1),
      ],
    });
    expect(summarizeHealth(istio)).toEqual({
      health: 'Error',
      reason: 'ReconcileError',
      message: 'namespace istio-system not found',
      since: T1,
    });
  });

  it('shows Progressing while the operator has not seen the latest change', () => {
    const istio = resource(
      'Istio',
      {
        state: 'ReconcileError',
        observedGeneration: 2,
        conditions: healthyIstio.status?.conditions,
      },
      { generation: 3 },
    );
    expect(summarizeHealth(istio)).toEqual({
      health: 'Progressing',
      reason: 'GenerationNotObserved',
    });
  });

  it('trusts the status once the latest generation is observed', () => {
    const istio = resource(
      'Istio',
      { ...healthyIstio.status, observedGeneration: 3 },
      { generation: 3 },
    );
    expect(summarizeHealth(istio).health).toBe('Healthy');
  });

  describe('without any status', () => {
    const fresh = resource('Istio', undefined, { creationTimestamp: T0 });

    it('is Progressing during the first minutes after creation', () => {
      expect(summarizeHealth(fresh, 'Istio', { now: at(T0, 30) })).toEqual({
        health: 'Progressing',
        reason: 'AwaitingStatus',
        since: T0,
      });
    });

    it('is Unknown once the operator has had time to report', () => {
      expect(summarizeHealth(fresh, 'Istio', { now: at(T0, 600) })).toEqual({
        health: 'Unknown',
        reason: 'NoStatus',
      });
    });

    it('is Unknown when the current time is not given', () => {
      expect(summarizeHealth(fresh).health).toBe('Unknown');
    });

    it('treats an empty status object like no status', () => {
      expect(summarizeHealth(resource('Istio', {})).reason).toBe('NoStatus');
    });
  });

  it('shows Progressing with the deletion time while an object is being deleted', () => {
    const deleting = resource('Istio', healthyIstio.status, { deletionTimestamp: T2 });
    expect(summarizeHealth(deleting)).toEqual({
      health: 'Progressing',
      reason: 'Terminating',
      since: T2,
    });
  });

  describe('components that are not ready', () => {
    const notReady = resource('Istio', {
      state: 'IstiodNotReady',
      conditions: [
        cond('Reconciled', 'True', 'Reconciled', T0),
        cond('Ready', 'False', 'IstiodNotReady', T1, 'not all istiod pods are ready'),
      ],
    });

    it('are Progressing shortly after readiness was lost', () => {
      const summary = summarizeHealth(notReady, 'Istio', { now: at(T1, 60) });
      expect(summary).toEqual({
        health: 'Progressing',
        reason: 'IstiodNotReady',
        message: 'not all istiod pods are ready',
        since: T1,
      });
    });

    it('are Degraded once they stay not ready past the settle time', () => {
      expect(summarizeHealth(notReady, 'Istio', { now: at(T1, 301) }).health).toBe('Degraded');
      expect(
        summarizeHealth(notReady, 'Istio', { now: at(T1, 61), settleSeconds: 60 }).health,
      ).toBe('Degraded');
    });

    it('are Degraded when the current time is not given', () => {
      expect(summarizeHealth(notReady).health).toBe('Degraded');
    });
  });

  it('picks the condition that matches the state when several are not true', () => {
    const rev = resource('IstioRevision', {
      state: 'IstioCNINotFound',
      conditions: [
        cond('Reconciled', 'True', 'Reconciled'),
        cond('Ready', 'True', 'Ready'),
        cond(
          'DependenciesHealthy',
          'False',
          'IstioCNINotFound',
          T2,
          'IstioCNI resource does not exist',
        ),
        cond('InUse', 'False', 'NotReferencedByAnything', T0),
      ],
    });
    expect(summarizeHealth(rev)).toEqual({
      health: 'Degraded',
      reason: 'IstioCNINotFound',
      message: 'IstioCNI resource does not exist',
      since: T2,
      inUse: false,
    });
  });

  it('derives health from conditions in the operator’s order when there is no state', () => {
    const cni = resource('IstioCNI', {
      conditions: [
        cond('Ready', 'False', 'DaemonSetNotReady', T2),
        cond('Reconciled', 'False', 'ReconcileError', T1, 'boom'),
      ],
    });
    expect(summarizeHealth(cni)).toEqual({
      health: 'Error',
      reason: 'ReconcileError',
      message: 'boom',
      since: T1,
    });
  });

  it('is Healthy from conditions alone when every deciding condition is true', () => {
    const zt = resource('ZTunnel', {
      conditions: [
        cond('Reconciled', 'True', 'Reconciled', T0),
        cond('Ready', 'True', 'Ready', T1),
      ],
    });
    expect(summarizeHealth(zt)).toEqual({ health: 'Healthy', reason: 'Healthy', since: T1 });
  });

  it('is Unknown when none of the conditions decide health', () => {
    const zt = resource('ZTunnel', { conditions: [cond('Unrelated', 'False', 'Whatever')] });
    expect(summarizeHealth(zt)).toEqual({ health: 'Unknown', reason: 'NoConditions' });
  });

  it('reads an unknown reason by its condition: False is Degraded, Unknown stays Unknown', () => {
    const falseCondition = resource('Istio', {
      state: 'SomethingNew',
      conditions: [cond('Reconciled', 'True'), cond('Ready', 'False', 'SomethingNew')],
    });
    const unknownCondition = resource('Istio', {
      state: 'SomethingElse',
      conditions: [cond('Reconciled', 'Unknown', 'SomethingElse')],
    });
    expect(summarizeHealth(falseCondition)).toMatchObject({
      health: 'Degraded',
      reason: 'SomethingNew',
    });
    expect(summarizeHealth(unknownCondition)).toMatchObject({
      health: 'Unknown',
      reason: 'SomethingElse',
    });
  });

  it('reads a state without conditions on its own', () => {
    expect(summarizeHealth(resource('Istio', { state: 'ReconcileError' }))).toEqual({
      health: 'Error',
      reason: 'ReconcileError',
    });
  });

  it('does not throw on malformed status', () => {
    const odd = {
      kind: 'Istio',
      status: { state: 7, conditions: [null, 'x', { status: 'False' }] },
    } as unknown as MeshResource;
    expect(summarizeHealth(odd)).toEqual({ health: 'Unknown', reason: 'NoStatus' });
    expect(summarizeHealth({} as MeshResource).health).toBe('Unknown');
    expect(summarizeHealth(null as unknown as MeshResource).health).toBe('Unknown');
    expect(summarizeHealth(healthyIstio, 'Pod' as never, null as never).health).toBe('Healthy');
  });
});

describe('summarizeHealth for revisions and tags', () => {
  it('keeps an unused revision healthy and says it is not in use', () => {
    const rev = resource('IstioRevision', {
      state: 'Healthy',
      conditions: [
        cond('Reconciled', 'True', 'Reconciled'),
        cond('Ready', 'True', 'Ready'),
        cond('InUse', 'False', 'NotReferencedByAnything'),
      ],
    });
    expect(summarizeHealth(rev)).toMatchObject({ health: 'Healthy', inUse: false });
  });

  it('calls a tag that no workload references healthy and not in use', () => {
    const tag = resource('IstioRevisionTag', {
      state: 'NotReferencedByAnything',
      conditions: [
        cond('Reconciled', 'True', 'Reconciled'),
        cond(
          'InUse',
          'False',
          'NotReferencedByAnything',
          T2,
          'Not referenced by any pod or namespace',
        ),
      ],
    });
    expect(summarizeHealth(tag)).toEqual({
      health: 'Healthy',
      reason: 'NotReferencedByAnything',
      message: 'Not referenced by any pod or namespace',
      since: T2,
      inUse: false,
    });
  });

  it('reports a tag whose target is missing as an error and in use when workloads use it', () => {
    const tag = resource('IstioRevisionTag', {
      state: 'RefNotFound',
      conditions: [
        cond('Reconciled', 'False', 'RefNotFound', T1, 'referenced Istio not found'),
        cond('InUse', 'True', 'ReferencedByWorkloads'),
      ],
    });
    expect(summarizeHealth(tag)).toMatchObject({ health: 'Error', inUse: true });
  });

  it('leaves inUse out for kinds that have no InUse condition', () => {
    expect('inUse' in summarizeHealth(healthyIstio)).toBe(false);
  });
});
