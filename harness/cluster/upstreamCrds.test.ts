/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import type { TestCluster } from './testServer';
import { ISTIOS, REVISIONS, startCluster } from './testServer';

const repoRoot = path.resolve(__dirname, '../..');
const crdsDir = path.resolve(repoRoot, '../shared/reference/sail-operator/current-upstream/crds');
const available = fs.existsSync(crdsDir);
if (!available) console.log(`Skipping upstream CRD tests: ${crdsDir} not found`);
const describeIfAvailable = available ? describe : describe.skip;

describeIfAvailable('with the real upstream CRDs (crdsDir)', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startCluster({ crdsDir, seed: 'samples' });
  });
  afterAll(() => cluster.close());

  it('seeds healthy samples whose revision passes the upstream IstioRevision schema and rules', async () => {
    const seeded = (await cluster.get(`${ISTIOS}/default`)).body;
    expect(seeded.status.state).toBe('Healthy');
    const revision = (await cluster.get(`${REVISIONS}/default`)).body;
    expect(revision.spec.values.global).toMatchObject({
      istioNamespace: 'istio-system',
      platform: 'openshift',
    });
    expect(revision.spec.values.cni).toBeUndefined(); // not part of the upstream Istio values: pruned
  });

  it('still serves the early operator.istio.io Istio from the built-in CRDs', async () => {
    const early = await cluster.get(
      '/apis/operator.istio.io/v1alpha1/namespaces/istio-system/istios/istio-sample',
    );
    expect(early.body.status.appliedValues.pilot.resources.requests).toEqual({
      cpu: '100m',
      memory: '1024Mi',
    });
  });

  it('rejects unknown values deep in the upstream schema under Strict', async () => {
    const body = {
      metadata: { name: 'strict' },
      spec: { namespace: 'istio-system', values: { pilot: { autoscaleMinn: 1 } } },
    };
    const res = await cluster.request('POST', `${ISTIOS}?fieldValidation=Strict&dryRun=All`, body);
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(
      'strict decoding error: unknown field "spec.values.pilot.autoscaleMinn"',
    );
  });

  it('evaluates the upstream __namespace__ rule and "at most one of" rules', async () => {
    const wrongNs = {
      metadata: { name: 'a' },
      spec: { namespace: 'istio-system', values: { global: { istioNamespace: 'x' } } },
    };
    const res = await cluster.request('POST', `${ISTIOS}?dryRun=All`, wrongNs);
    expect(res.body.details.causes[0].message).toContain(
      'spec.values.global.istioNamespace must match spec.namespace',
    );
    const defaultConfig = { serviceCluster: 'a', tracingServiceName: 'APP_LABEL_AND_NAMESPACE' };
    const both = await cluster.request('POST', `${ISTIOS}?dryRun=All`, {
      metadata: { name: 'b' },
      spec: { values: { meshConfig: { defaultConfig } } },
    });
    expect(both.body.details.causes).toEqual([
      {
        reason: 'FieldValueInvalid',
        field: 'spec.values.meshConfig.defaultConfig',
        message:
          'Invalid value: "object": At most one of [serviceCluster tracingServiceName] should be set',
      },
    ]);
  });

  it('serves the deprecated ZTunnel v1alpha1 next to v1', async () => {
    const ztunnel = {
      metadata: { name: 'default' },
      spec: { namespace: 'ztunnel', profile: 'ambient', version: 'v1.30.3' },
    };
    const created = await cluster.request(
      'POST',
      '/apis/sailoperator.io/v1alpha1/ztunnels',
      ztunnel,
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('warning')).toContain('deprecated');
    const asV1 = await cluster.waitFor(
      '/apis/sailoperator.io/v1/ztunnels/default',
      (o) => o.status?.state === 'Healthy',
    );
    expect(asV1.apiVersion).toBe('sailoperator.io/v1');
  });

  it('lists the upstream supported versions in the CSV descriptors', async () => {
    const csv = (await cluster.get('/apis/operators.coreos.com/v1alpha1/clusterserviceversions'))
      .body.items[0];
    const istio = csv.spec.customresourcedefinitions.owned.find(
      (o: { kind: string }) => o.kind === 'Istio',
    );
    expect(istio.specDescriptors[0]['x-descriptors']).toContain(
      'urn:alm:descriptor:com.tectonic.ui:select:master',
    );
  });
});
