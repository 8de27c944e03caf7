/** @jest-environment node */
import type { TestCluster } from './testServer';
import { ISTIOS, REVISIONS, istio, startCluster } from './testServer';

let cluster: TestCluster;
afterEach(() => cluster.close());

type Obj = { metadata: { name: string }; spec: any; status?: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
const condition = (object: Obj, type: string) =>
  object.status?.conditions?.find((c: { type: string }) => c.type === type);
const names = (list: { items: Obj[] }) => list.items.map((i) => i.metadata.name).sort();
const healthy = (o: Obj) => o?.status?.state === 'Healthy';

describe('Istio reconciliation', () => {
  beforeEach(async () => {
    cluster = await startCluster({ seed: 'samples', reconcileDelayMs: 100 });
  });

  it('seeds a healthy Istio, IstioCNI and early-API Istio without waiting', async () => {
    expect((await cluster.get(`${ISTIOS}/default`)).body.status).toMatchObject({
      state: 'Healthy',
      activeRevisionName: 'default',
      revisions: { total: 1, ready: 1, inUse: 1 },
    });
    expect(
      (await cluster.get('/apis/sailoperator.io/v1/istiocnis/default')).body.status.state,
    ).toBe('Healthy');
    const early = (
      await cluster.get(
        '/apis/operator.istio.io/v1alpha1/namespaces/istio-system/istios/istio-sample',
      )
    ).body;
    expect(early.status.state).toBe('Healthy');
  });

  it('creates an InPlace revision named like the Istio, reporting IstiodNotReady before Healthy', async () => {
    const watch = cluster.watch(`${ISTIOS}?watch=true&fieldSelector=metadata.name%3Dmesh`);
    await watch.response;
    await cluster.request('POST', ISTIOS, istio('mesh', { namespace: 'mesh-system' }));
    const events = await watch.takeUntil((e) => healthy(e.object));
    const states = [...new Set(events.map((e) => e.object.status?.state))].filter(Boolean);
    expect(states).toEqual(['IstiodNotReady', 'Healthy']);
    const notReady = events.find((e) => e.object.status?.state === 'IstiodNotReady')?.object;
    expect(condition(notReady, 'Ready')).toMatchObject({
      status: 'False',
      reason: 'IstiodNotReady',
    });
    const done = events[events.length - 1].object;
    expect(done.status).toMatchObject({ activeRevisionName: 'mesh', observedGeneration: 1 });
    expect(condition(done, 'Reconciled').status).toBe('True');
    expect(condition(done, 'Ready').lastTransitionTime).toMatch(/Z$/);
    const revision = (await cluster.get(`${REVISIONS}/mesh`)).body;
    expect(revision.spec).toMatchObject({ version: 'v1.30.3', namespace: 'mesh-system' });
    expect(condition(revision, 'InUse')).toMatchObject({
      status: 'False',
      reason: 'NotReferencedByAnything',
    });
  });

  it('resolves a -latest alias to the newest release of that minor', async () => {
    await cluster.request('POST', ISTIOS, istio('mesh', { version: 'v1.29-latest' }));
    await cluster.waitFor(`${ISTIOS}/mesh`, healthy);
    expect((await cluster.get(`${REVISIONS}/mesh`)).body.spec.version).toBe('v1.29.6');
  });

  it('names RevisionBased revisions after the version and removes unused old ones after the grace period', async () => {
    const strategy = { type: 'RevisionBased', inactiveRevisionDeletionGracePeriodSeconds: 0 };
    await cluster.request(
      'POST',
      ISTIOS,
      istio('mesh', { version: 'v1.29.6', updateStrategy: strategy }),
    );
    await cluster.waitFor(
      `${ISTIOS}/mesh`,
      (o) => healthy(o) && o.status.activeRevisionName === 'mesh-v1-29-6',
    );
    await cluster.request(
      'PATCH',
      `${ISTIOS}/mesh`,
      { spec: { version: 'v1.30.3' } },
      'application/merge-patch+json',
    );
    await cluster.waitFor(
      `${ISTIOS}/mesh`,
      (o) => healthy(o) && o.status.activeRevisionName === 'mesh-v1-30-3',
    );
    const revisions = await cluster.waitFor(REVISIONS, (l) => !names(l).includes('mesh-v1-29-6'));
    expect(names(revisions)).toEqual(['default', 'mesh-v1-30-3']);
  });

  it('keeps an old revision while a namespace still uses it', async () => {
    const strategy = { type: 'RevisionBased', inactiveRevisionDeletionGracePeriodSeconds: 0 };
    await cluster.request(
      'POST',
      ISTIOS,
      istio('mesh', { version: 'v1.29.6', updateStrategy: strategy }),
    );
    await cluster.waitFor(`${ISTIOS}/mesh`, healthy);
    await cluster.request('POST', '/api/v1/namespaces', {
      metadata: { name: 'app', labels: { 'istio.io/rev': 'mesh-v1-29-6' } },
    });
    await cluster.request(
      'PATCH',
      `${ISTIOS}/mesh`,
      { spec: { version: 'v1.30.3' } },
      'application/merge-patch+json',
    );
    const settled = await cluster.waitFor(
      `${ISTIOS}/mesh`,
      (o) => healthy(o) && o.status.activeRevisionName === 'mesh-v1-30-3',
    );
    expect(settled.status.revisions).toEqual({ total: 2, ready: 2, inUse: 1 });
    expect(condition((await cluster.get(`${REVISIONS}/mesh-v1-29-6`)).body, 'InUse').status).toBe(
      'True',
    );
  });

  it('reports an end-of-life version as ReconcileError without creating a revision', async () => {
    await cluster.request('POST', ISTIOS, istio('old', { version: 'v1.24.3' }));
    const failed = await cluster.waitFor(
      `${ISTIOS}/old`,
      (o) => o.status?.state === 'ReconcileError',
    );
    expect(condition(failed, 'Reconciled')).toMatchObject({
      status: 'False',
      reason: 'ReconcileError',
    });
    expect(condition(failed, 'Reconciled').message).toContain('version "v1.24.3" is not supported');
    expect((await cluster.get(`${REVISIONS}/old`)).status).toBe(404);
    const events = await cluster.get(
      '/api/v1/namespaces/default/events?fieldSelector=involvedObject.name%3Dold',
    );
    expect(events.body.items).toContainEqual(
      expect.objectContaining({ type: 'Warning', reason: 'ReconcileError' }),
    );
  });

  it('writes profile presets, user values and forced settings into the revision values', async () => {
    const values = { pilot: { autoscaleMax: 9 }, meshConfig: { accessLogFile: '/tmp/log' } };
    await cluster.request(
      'POST',
      ISTIOS,
      istio('mesh', { namespace: 'mesh-system', profile: 'demo', values }),
    );
    await cluster.waitFor(`${ISTIOS}/mesh`, healthy);
    const applied = (await cluster.get(`${REVISIONS}/mesh`)).body.spec.values;
    expect(applied).toMatchObject({
      profile: 'demo',
      revision: 'mesh',
      global: {
        istioNamespace: 'mesh-system',
        platform: 'openshift',
        hub: 'docker.io/istio',
        tag: '1.30.3',
      },
      pilot: { autoscaleMax: 9, autoscaleMin: 1, autoscaleEnabled: false, cni: { enabled: true } },
      meshConfig: { accessLogFile: '/tmp/log', enableTracing: true },
    });
  });

  it('bumps the revision and goes back through IstiodNotReady when values change', async () => {
    await cluster.request(
      'PATCH',
      `${ISTIOS}/default`,
      { spec: { values: { pilot: { autoscaleMax: 7 } } } },
      'application/merge-patch+json',
    );
    await cluster.waitFor(`${ISTIOS}/default`, (o) => o.status.observedGeneration === 2);
    const revision = await cluster.waitFor(
      `${REVISIONS}/default`,
      (o) => o.metadata.generation === 2 && healthy(o),
    );
    expect(revision.spec.values.pilot.autoscaleMax).toBe(7);
    expect(revision.spec.values.revision).toBe('');
  });

  it('reports DependenciesHealthy=False while the CNI it needs is missing', async () => {
    await cluster.request('DELETE', '/apis/sailoperator.io/v1/istiocnis/default');
    const istioNow = await cluster.waitFor(
      `${ISTIOS}/default`,
      (o) => o.status.state === 'IstioCNINotFound',
    );
    expect(condition(istioNow, 'DependenciesHealthy')).toMatchObject({
      status: 'False',
      reason: 'IstioCNINotFound',
    });
  });

  it('resolves an IstioRevisionTag to the active revision of its Istio', async () => {
    const tag = {
      metadata: { name: 'prod' },
      spec: { targetRef: { kind: 'Istio', name: 'default' } },
    };
    await cluster.request('POST', '/apis/sailoperator.io/v1/istiorevisiontags', tag);
    const resolved = await cluster.waitFor(
      '/apis/sailoperator.io/v1/istiorevisiontags/prod',
      (o) => o.status?.istioRevision,
    );
    expect(resolved.status).toMatchObject({
      istioRevision: 'default',
      istiodNamespace: 'istio-system',
    });
  });
});

describe('early operator.istio.io API', () => {
  it('puts presets, values and rawValues into status.appliedValues', async () => {
    cluster = await startCluster({ seed: 'none', reconcileDelayMs: 0 });
    const body = {
      metadata: { name: 'mesh' },
      spec: {
        version: 'v1.19.4',
        values: { pilot: { autoscaleMin: 3 } },
        rawValues: { pilot: { anything: true } },
      },
    };
    await cluster.request(
      'POST',
      '/apis/operator.istio.io/v1alpha1/namespaces/istio-system/istios',
      body,
    );
    const done = await cluster.waitFor(
      '/apis/operator.istio.io/v1alpha1/namespaces/istio-system/istios/mesh',
      healthy,
    );
    expect(done.status.appliedValues).toMatchObject({
      global: { istioNamespace: 'istio-system', tag: '1.19.4' },
      pilot: { autoscaleMin: 3, anything: true, autoscaleEnabled: true },
    });
    expect(condition(done, 'Ready').status).toBe('True');
  });
});
