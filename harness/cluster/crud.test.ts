/** @jest-environment node */
import type { TestCluster } from './testServer';
import { ISTIOS, istio, startCluster } from './testServer';

let cluster: TestCluster;
beforeEach(async () => {
  cluster = await startCluster({ seed: 'none' });
});
afterEach(() => cluster.close());

const mergePatch = 'application/merge-patch+json';

describe('create, read and conflicts', () => {
  it('creates an Istio with uid, creationTimestamp, generation 1 and a resourceVersion', async () => {
    const created = await cluster.request('POST', ISTIOS, istio('mesh'));
    expect(created.status).toBe(201);
    expect(created.body.metadata).toMatchObject({ name: 'mesh', generation: 1 });
    expect(created.body.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Number(created.body.metadata.resourceVersion)).toBeGreaterThan(0);
    const fetched = await cluster.get(`${ISTIOS}/mesh`);
    expect(fetched.body.metadata.uid).toBe(created.body.metadata.uid);
  });

  it('answers 409 AlreadyExists when the name is taken', async () => {
    await cluster.request('POST', ISTIOS, istio('mesh'));
    const again = await cluster.request('POST', ISTIOS, istio('mesh'));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'AlreadyExists',
      message: 'istios.sailoperator.io "mesh" already exists',
      details: { name: 'mesh', group: 'sailoperator.io', kind: 'istios' },
      code: 409,
    });
  });

  it('answers 409 Conflict when updating with a stale resourceVersion', async () => {
    const created = (await cluster.request('POST', ISTIOS, istio('mesh'))).body;
    await cluster.request(
      'PATCH',
      `${ISTIOS}/mesh`,
      { metadata: { labels: { team: 'a' } } },
      mergePatch,
    );
    const stale = await cluster.request('PUT', `${ISTIOS}/mesh`, {
      ...created,
      spec: { ...created.spec, profile: 'demo' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.reason).toBe('Conflict');
    expect(stale.body.message).toBe(
      'Operation cannot be fulfilled on istios.sailoperator.io "mesh": the object has been modified; please apply your changes to the latest version and try again',
    );
  });

  it('answers 404 NotFound with a Status naming the resource', async () => {
    const missing = await cluster.get(`${ISTIOS}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      reason: 'NotFound',
      message: 'istios.sailoperator.io "nope" not found',
    });
  });

  it('completes generateName with a random suffix', async () => {
    const created = await cluster.request('POST', ISTIOS, {
      ...istio(''),
      metadata: { generateName: 'mesh-' },
    });
    expect(created.body.metadata.name).toMatch(/^mesh-[a-z0-9]{5}$/);
  });

  it('refuses namespaced objects in a namespace that does not exist', async () => {
    const early = {
      apiVersion: 'operator.istio.io/v1alpha1',
      kind: 'Istio',
      metadata: { name: 'x' },
      spec: {},
    };
    const res = await cluster.request(
      'POST',
      '/apis/operator.istio.io/v1alpha1/namespaces/nowhere/istios',
      early,
    );
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('namespaces "nowhere" not found');
  });

  it('deletes the objects of a namespace with the namespace', async () => {
    const path = '/apis/operator.istio.io/v1alpha1/namespaces/bookinfo/istios';
    await cluster.request('POST', path, { metadata: { name: 'x' }, spec: { version: 'v1.20.0' } });
    const deleted = await cluster.request('DELETE', '/api/v1/namespaces/bookinfo');
    expect(deleted.body.status.phase).toBe('Terminating');
    expect((await cluster.get('/apis/operator.istio.io/v1alpha1/istios')).body.items).toEqual([]);
  });

  it('returns the deleted object and then 404', async () => {
    await cluster.request('POST', ISTIOS, istio('mesh'));
    const deleted = await cluster.request('DELETE', `${ISTIOS}/mesh`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.metadata.name).toBe('mesh');
    expect((await cluster.get(`${ISTIOS}/mesh`)).status).toBe(404);
  });
});

describe('generation and the status subresource', () => {
  it('bumps generation on spec changes only', async () => {
    await cluster.request('POST', ISTIOS, istio('mesh'));
    const labelled = await cluster.request(
      'PATCH',
      `${ISTIOS}/mesh`,
      { metadata: { labels: { a: 'b' } } },
      mergePatch,
    );
    expect(labelled.body.metadata.generation).toBe(1);
    const status = await cluster.request(
      'PATCH',
      `${ISTIOS}/mesh/status`,
      { status: { state: 'Healthy' } },
      mergePatch,
    );
    expect(status.body.metadata.generation).toBe(1);
    expect(status.body.status.state).toBe('Healthy');
    const spec = await cluster.request(
      'PATCH',
      `${ISTIOS}/mesh`,
      { spec: { profile: 'demo' } },
      mergePatch,
    );
    expect(spec.body.metadata.generation).toBe(2);
  });

  it('ignores status changes sent to the main resource and spec changes sent to /status', async () => {
    await cluster.request('POST', ISTIOS, istio('mesh'));
    const main = await cluster.request(
      'PATCH',
      `${ISTIOS}/mesh`,
      { status: { state: 'Fake' } },
      mergePatch,
    );
    expect(main.body.status?.state).not.toBe('Fake');
    const viaStatus = await cluster.request(
      'PATCH',
      `${ISTIOS}/mesh/status`,
      { spec: { profile: 'demo' } },
      mergePatch,
    );
    expect(viaStatus.body.spec.profile).toBeUndefined();
  });
});

describe('patch types', () => {
  beforeEach(async () => {
    await cluster.request(
      'POST',
      ISTIOS,
      istio('mesh', { values: { pilot: { env: { A: '1', B: '2' } } } }),
    );
  });

  it('merge patch merges maps and deletes keys set to null', async () => {
    const res = await cluster.request(
      'PATCH',
      `${ISTIOS}/mesh`,
      { spec: { values: { pilot: { env: { A: null, C: '3' } } } } },
      mergePatch,
    );
    expect(res.body.spec.values.pilot.env).toEqual({ B: '2', C: '3' });
  });

  it('strategic merge patch is treated as a merge patch', async () => {
    const res = await cluster.request(
      'PATCH',
      `${ISTIOS}/mesh`,
      { spec: { profile: 'demo' } },
      'application/strategic-merge-patch+json',
    );
    expect(res.body.spec).toMatchObject({
      profile: 'demo',
      values: { pilot: { env: { A: '1' } } },
    });
  });

  it('JSON patch applies operations at exact paths and rejects a failed test', async () => {
    const ops = [
      { op: 'replace', path: '/spec/values/pilot/env', value: { Z: '9' } },
      { op: 'add', path: '/spec/values/pilot/autoscaleMin', value: 2 },
    ];
    const res = await cluster.request(
      'PATCH',
      `${ISTIOS}/mesh`,
      ops,
      'application/json-patch+json',
    );
    expect(res.body.spec.values.pilot).toEqual({ env: { Z: '9' }, autoscaleMin: 2 });
    const failed = await cluster.request(
      'PATCH',
      `${ISTIOS}/mesh`,
      [{ op: 'test', path: '/spec/profile', value: 'x' }],
      'application/json-patch+json',
    );
    expect(failed.status).toBe(422);
  });

  it('rejects a patch whose resourceVersion precondition is stale', async () => {
    const res = await cluster.request(
      'PATCH',
      `${ISTIOS}/mesh`,
      { metadata: { resourceVersion: '1' }, spec: { profile: 'demo' } },
      mergePatch,
    );
    expect(res.status).toBe(409);
  });
});

describe('list selectors', () => {
  beforeEach(async () => {
    await cluster.request('POST', ISTIOS, {
      ...istio('a'),
      metadata: { name: 'a', labels: { env: 'prod' } },
    });
    await cluster.request('POST', ISTIOS, {
      ...istio('b'),
      metadata: { name: 'b', labels: { env: 'dev' } },
    });
  });

  it('filters by labelSelector and by fieldSelector metadata.name', async () => {
    const names = async (query: string) =>
      (await cluster.get(`${ISTIOS}?${query}`)).body.items.map(
        (i: { metadata: { name: string } }) => i.metadata.name,
      );
    expect(await names('labelSelector=env%3Dprod')).toEqual(['a']);
    expect(await names('labelSelector=env%20in%20(dev,qa)')).toEqual(['b']);
    expect(await names('fieldSelector=metadata.name%3Db')).toEqual(['b']);
  });

  it('returns a typed list with the current resourceVersion', async () => {
    const list = (await cluster.get(ISTIOS)).body;
    expect(list).toMatchObject({ kind: 'IstioList', apiVersion: 'sailoperator.io/v1' });
    expect(Number(list.metadata.resourceVersion)).toBeGreaterThan(0);
  });

  it('rejects field selectors the resource does not support', async () => {
    const res = await cluster.get(`${ISTIOS}?fieldSelector=spec.version%3Dv1`);
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('field label not supported: spec.version');
  });
});
