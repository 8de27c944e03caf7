/** @jest-environment node */
import type { TestCluster } from './testServer';
import { startCluster } from './testServer';

let cluster: TestCluster;
beforeAll(async () => {
  cluster = await startCluster({ seed: 'none' });
});
afterAll(() => cluster.close());

describe('discovery', () => {
  it('serves /version, /api and the core v1 resources', async () => {
    expect((await cluster.get('/version')).body).toMatchObject({
      major: '1',
      gitVersion: expect.stringMatching(/^v1\./),
    });
    expect((await cluster.get('/api')).body).toMatchObject({
      kind: 'APIVersions',
      versions: ['v1'],
    });
    const core = (await cluster.get('/api/v1')).body;
    expect(core.resources.map((r: { name: string }) => r.name)).toEqual(['namespaces', 'events']);
  });

  it('lists every served group with its preferred version', async () => {
    const groups = (await cluster.get('/apis')).body;
    expect(groups.kind).toBe('APIGroupList');
    const byName = Object.fromEntries(
      groups.groups.map((g: { name: string; preferredVersion: { version: string } }) => [
        g.name,
        g,
      ]),
    );
    expect(Object.keys(byName).sort()).toEqual([
      'apiextensions.k8s.io',
      'authorization.k8s.io',
      'operator.istio.io',
      'operators.coreos.com',
      'sailoperator.io',
    ]);
    expect(byName['sailoperator.io'].preferredVersion.version).toBe('v1');
    expect(byName['sailoperator.io'].versions.map((v: { version: string }) => v.version)).toEqual([
      'v1',
      'v1alpha1',
    ]);
  });

  it('describes the sail resources with scope, status subresource and short names', async () => {
    const list = (await cluster.get('/apis/sailoperator.io/v1')).body;
    const istios = list.resources.find((r: { name: string }) => r.name === 'istios');
    expect(istios).toMatchObject({
      kind: 'Istio',
      namespaced: false,
      singularName: 'istio',
      categories: ['istio-io'],
    });
    expect(list.resources.map((r: { name: string }) => r.name)).toContain('istios/status');
    const alpha = (await cluster.get('/apis/sailoperator.io/v1alpha1')).body;
    expect(alpha.resources.map((r: { name: string }) => r.name)).toEqual([
      'ztunnels',
      'ztunnels/status',
    ]);
  });

  it('serves the installed CRDs with the schema the plugin reads', async () => {
    const crd = (
      await cluster.get(
        '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/istios.sailoperator.io',
      )
    ).body;
    const version = crd.spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.version;
    expect(version.description).toMatch(/Must be one of: v1\.30-latest, /);
    expect(version.enum).toEqual(
      expect.arrayContaining(['v1.30-latest', 'v1.24.3', 'master', 'v1.31.0-alpha.1']),
    );
    expect(crd.status.conditions).toContainEqual(
      expect.objectContaining({ type: 'Established', status: 'True' }),
    );
  });

  it('serves a CSV naming the supported versions as select descriptors', async () => {
    const csvs = (await cluster.get('/apis/operators.coreos.com/v1alpha1/clusterserviceversions'))
      .body.items;
    expect(csvs).toHaveLength(1);
    const istio = csvs[0].spec.customresourcedefinitions.owned.find(
      (o: { kind: string }) => o.kind === 'Istio',
    );
    const selects = istio.specDescriptors[0]['x-descriptors'].filter((d: string) =>
      d.includes(':select:'),
    );
    expect(selects).toContain('urn:alm:descriptor:com.tectonic.ui:select:v1.30.3');
    expect(selects).not.toContain('urn:alm:descriptor:com.tectonic.ui:select:v1.24.3');
  });

  it('answers 404 for unknown paths and resources', async () => {
    expect((await cluster.get('/apis/example.com/v1/widgets')).status).toBe(404);
    expect((await cluster.get('/apis/sailoperator.io/v1/namespaces/x/istios')).status).toBe(404);
  });

  it('adds a deprecation warning when the deprecated ZTunnel v1alpha1 is used', async () => {
    const res = await cluster.get('/apis/sailoperator.io/v1alpha1/ztunnels');
    expect(res.status).toBe(200);
    expect(res.body.apiVersion).toBe('sailoperator.io/v1alpha1');
    expect(res.headers.get('warning')).toContain('sailoperator.io/v1alpha1 ZTunnel is deprecated');
  });
});
