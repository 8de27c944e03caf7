/** @jest-environment node */
import type { TestCluster } from './testServer';
import { ISTIOS, istio, startCluster } from './testServer';

let cluster: TestCluster;
afterEach(() => cluster.close());

const SSAR = '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';
const review = (verb: string) => ({
  apiVersion: 'authorization.k8s.io/v1',
  kind: 'SelfSubjectAccessReview',
  spec: { resourceAttributes: { group: 'sailoperator.io', resource: 'istios', verb } },
});

describe('SelfSubjectAccessReview and personas', () => {
  it('allows an admin everything', async () => {
    cluster = await startCluster({ user: 'admin' });
    const res = await cluster.request('POST', SSAR, review('delete'));
    expect(res.status).toBe(201);
    expect(res.body.status.allowed).toBe(true);
  });

  it('allows a viewer to read but not to write', async () => {
    cluster = await startCluster({ user: 'viewer' });
    expect((await cluster.request('POST', SSAR, review('list'))).body.status.allowed).toBe(true);
    expect((await cluster.request('POST', SSAR, review('create'))).body.status.allowed).toBe(false);
    expect((await cluster.get(ISTIOS)).status).toBe(200);
  });

  it('answers a viewer write with 403 Forbidden worded like the API server', async () => {
    cluster = await startCluster({ user: 'viewer' });
    const res = await cluster.request('POST', ISTIOS, istio('x'));
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({
      reason: 'Forbidden',
      message:
        'istios.sailoperator.io is forbidden: User "viewer" cannot create resource "istios" in API group "sailoperator.io" at the cluster scope',
    });
    const early = await cluster.request(
      'DELETE',
      '/apis/operator.istio.io/v1alpha1/namespaces/istio-system/istios/istio-sample',
    );
    expect(early.body.message).toBe(
      'istios.operator.istio.io "istio-sample" is forbidden: User "viewer" cannot delete resource "istios" in API group "operator.istio.io" in the namespace "istio-system"',
    );
  });

  it('switches persona through the harness endpoint and back on reset', async () => {
    cluster = await startCluster({ user: 'admin' });
    await cluster.request('POST', '/__harness/user', { user: 'viewer' });
    expect((await cluster.request('POST', ISTIOS, istio('x'))).status).toBe(403);
    await cluster.request('POST', '/__harness/reset');
    expect((await cluster.request('POST', ISTIOS, istio('x'))).status).toBe(201);
  });
});

describe('fault injection', () => {
  beforeEach(async () => {
    cluster = await startCluster({ seed: 'samples' });
  });

  it('answers 403 for the configured verb and resource', async () => {
    await cluster.request('POST', '/__harness/faults', {
      type: 'forbidden',
      verb: 'list',
      resource: 'istios',
    });
    expect((await cluster.get(ISTIOS)).status).toBe(403);
    expect((await cluster.get(`${ISTIOS}/default`)).status).toBe(200);
    await cluster.request('DELETE', '/__harness/faults');
    expect((await cluster.get(ISTIOS)).status).toBe(200);
  });

  it('answers 409 on the next update only', async () => {
    await cluster.request('POST', '/__harness/faults', {
      type: 'conflict',
      resource: 'istios.sailoperator.io',
      name: 'default',
    });
    const patch = () =>
      cluster.request(
        'PATCH',
        `${ISTIOS}/default`,
        { metadata: { labels: { a: 'b' } } },
        'application/merge-patch+json',
      );
    expect((await patch()).status).toBe(409);
    expect((await patch()).status).toBe(200);
  });

  it('answers 500 for the next N matching requests', async () => {
    await cluster.request('POST', '/__harness/faults', { type: 'error', verb: 'get', count: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await cluster.get(`${ISTIOS}/default`)).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('adds latency to matching requests', async () => {
    await cluster.request('POST', '/__harness/faults', {
      type: 'latency',
      ms: 150,
      resource: 'istios',
    });
    const started = Date.now();
    await cluster.get(ISTIOS);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('lists active faults and rejects unknown ones', async () => {
    await cluster.request('POST', '/__harness/faults', { type: 'forbidden', verb: 'delete' });
    const listed = await cluster.get('/__harness/faults');
    expect(listed.body.faults).toEqual([
      expect.objectContaining({ type: 'forbidden', verb: 'delete' }),
    ]);
    expect((await cluster.request('POST', '/__harness/faults', { type: 'meteor' })).status).toBe(
      400,
    );
  });

  it('returns to the seeded state on reset', async () => {
    await cluster.request('DELETE', `${ISTIOS}/default`);
    await cluster.request('POST', '/__harness/reset');
    const restored = await cluster.get(`${ISTIOS}/default`);
    expect(restored.body.status.state).toBe('Healthy');
  });
});
