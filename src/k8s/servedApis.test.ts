/** @jest-environment node */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import {
  EarlyIstioModel,
  IstioCNIModel,
  IstioModel,
  ZTunnelModel,
  ZTunnelV1Alpha1Model,
} from './models';
import { findServedApis, type APIResourceList } from './servedApis';
import type { Condition, CustomResourceDefinition } from './types';

type Version = { name: string; served: boolean; storage?: boolean; deprecated?: boolean };

const crd = (
  group: string,
  plural: string,
  kind: string,
  versions: Version[],
  conditions?: Condition[],
): CustomResourceDefinition =>
  ({
    metadata: { name: `${plural}.${group}` },
    spec: {
      group,
      names: { kind, plural },
      scope: 'Cluster',
      versions: versions.map((v) => ({ storage: false, ...v })),
    },
    status: conditions ? { conditions } : undefined,
  }) as CustomResourceDefinition;

const v1 = (name = 'v1'): Version => ({ name, served: true, storage: true });
const sailCrds = [
  crd('sailoperator.io', 'istios', 'Istio', [v1()]),
  crd('sailoperator.io', 'istiorevisions', 'IstioRevision', [v1()]),
  crd('sailoperator.io', 'istiorevisiontags', 'IstioRevisionTag', [v1()]),
  crd('sailoperator.io', 'istiocnis', 'IstioCNI', [v1()]),
  crd('sailoperator.io', 'ztunnels', 'ZTunnel', [
    v1(),
    { name: 'v1alpha1', served: true, deprecated: true },
  ]),
];

describe('findServedApis from CRDs', () => {
  it('finds every v1 API of a current operator and uses v1 for each kind', () => {
    const result = findServedApis({ crds: sailCrds });
    expect(result.anyServed).toBe(true);
    expect(result.apis.istio.served).toBe(true);
    expect(result.apis.istioRevisionTag.served).toBe(true);
    expect(result.apis.earlyIstio.served).toBe(false);
    expect(result.modelFor).toEqual({
      Istio: IstioModel,
      IstioRevision: expect.objectContaining({ kind: 'IstioRevision', apiVersion: 'v1' }),
      IstioRevisionTag: expect.objectContaining({ kind: 'IstioRevisionTag' }),
      IstioCNI: IstioCNIModel,
      ZTunnel: ZTunnelModel,
    });
  });

  it('reports the deprecated v1alpha1 ZTunnel as served and deprecated', () => {
    expect(findServedApis({ crds: sailCrds }).apis.zTunnelV1Alpha1).toEqual({
      model: ZTunnelV1Alpha1Model,
      served: true,
      deprecated: true,
    });
  });

  it('falls back to v1alpha1 ZTunnel when v1 is not served', () => {
    const crds = [
      crd('sailoperator.io', 'ztunnels', 'ZTunnel', [
        { name: 'v1', served: false },
        { name: 'v1alpha1', served: true, storage: true },
      ]),
    ];
    const result = findServedApis({ crds });
    expect(result.apis.zTunnel.served).toBe(false);
    expect(result.modelFor.ZTunnel).toBe(ZTunnelV1Alpha1Model);
  });

  it('uses the early Istio API on a cluster that only has operator.istio.io', () => {
    const crds = [crd('operator.istio.io', 'istios', 'Istio', [v1('v1alpha1')])];
    const result = findServedApis({ crds });
    expect(result.apis.earlyIstio.served).toBe(true);
    expect(result.apis.istio.served).toBe(false);
    expect(result.modelFor).toEqual({ Istio: EarlyIstioModel });
  });

  it('prefers sailoperator.io/v1 Istio when both Istio APIs are served', () => {
    const crds = [...sailCrds, crd('operator.istio.io', 'istios', 'Istio', [v1('v1alpha1')])];
    const result = findServedApis({ crds });
    expect(result.apis.earlyIstio.served).toBe(true);
    expect(result.modelFor.Istio).toBe(IstioModel);
  });

  it('does not count a CRD that only has an unserved or other version', () => {
    const crds = [
      crd('sailoperator.io', 'istios', 'Istio', [
        { name: 'v1', served: false, storage: true },
        { name: 'v1alpha1', served: true },
      ]),
    ];
    const result = findServedApis({ crds });
    expect(result.apis.istio.served).toBe(false);
    expect(result.modelFor.Istio).toBe(undefined);
    expect(result.anyServed).toBe(false);
  });

  it('does not count a CRD the API server has not established', () => {
    const pending = crd(
      'sailoperator.io',
      'istios',
      'Istio',
      [v1()],
      [{ type: 'Established', status: 'False', reason: 'Installing' }],
    );
    const established = crd(
      'sailoperator.io',
      'istios',
      'Istio',
      [v1()],
      [{ type: 'Established', status: 'True' }],
    );
    expect(findServedApis({ crds: [pending] }).apis.istio.served).toBe(false);
    expect(findServedApis({ crds: [established] }).apis.istio.served).toBe(true);
  });

  it('ignores same-named kinds from other groups', () => {
    const crds = [crd('example.com', 'istios', 'Istio', [v1()])];
    expect(findServedApis({ crds }).anyServed).toBe(false);
  });

  it('finds nothing on a cluster without the operator, or in malformed input', () => {
    expect(findServedApis({ crds: [] }).anyServed).toBe(false);
    expect(
      findServedApis({ crds: [null, {}] as unknown as CustomResourceDefinition[] }).anyServed,
    ).toBe(false);
    expect(findServedApis({} as never).anyServed).toBe(false);
  });
});

describe('findServedApis from discovery', () => {
  const discovery: APIResourceList[] = [
    {
      groupVersion: 'sailoperator.io/v1',
      resources: [
        { name: 'istios', kind: 'Istio' },
        { name: 'istios/status', kind: 'Istio' },
        { name: 'ztunnels', kind: 'ZTunnel' },
      ],
    },
    {
      groupVersion: 'sailoperator.io/v1alpha1',
      resources: [{ name: 'ztunnels', kind: 'ZTunnel' }],
    },
  ];

  it('reads served kinds from each group version', () => {
    const result = findServedApis({ discovery });
    expect(result.apis.istio.served).toBe(true);
    expect(result.apis.zTunnelV1Alpha1.served).toBe(true);
    expect(result.apis.istioCNI.served).toBe(false);
    expect(result.modelFor.ZTunnel).toBe(ZTunnelModel);
  });

  it('does not count a subresource as the resource itself', () => {
    const onlyStatus: APIResourceList[] = [
      {
        groupVersion: 'sailoperator.io/v1',
        resources: [{ name: 'istiocnis/status', kind: 'IstioCNI' }],
      },
    ];
    expect(findServedApis({ discovery: onlyStatus }).apis.istioCNI.served).toBe(false);
  });

  it('leaves deprecation unknown, as discovery does not say', () => {
    expect(findServedApis({ discovery }).apis.zTunnelV1Alpha1.deprecated).toBe(undefined);
  });
});

describe('findServedApis from console models', () => {
  it('matches models by group, version and kind', () => {
    const models: K8sModel[] = [{ ...EarlyIstioModel }, { ...IstioCNIModel, apiVersion: 'v2' }];
    const result = findServedApis({ models });
    expect(result.modelFor).toEqual({ Istio: EarlyIstioModel });
    expect(result.apis.istioCNI.served).toBe(false);
  });
});

const REFERENCE = path.resolve(__dirname, '../..', '../shared/reference/sail-operator');
const CRDS = path.join(REFERENCE, 'current-upstream/crds');
if (!existsSync(CRDS)) console.log(`Skipping served API conformance: ${CRDS} is absent.`);

(existsSync(CRDS) ? describe : describe.skip)('findServedApis on the upstream CRDs', () => {
  it('serves all five v1 kinds and the deprecated v1alpha1 ZTunnel, not the early API', () => {
    const crds = readdirSync(CRDS).map(
      (file) => parse(readFileSync(path.join(CRDS, file), 'utf8')) as CustomResourceDefinition,
    );
    const { apis, modelFor } = findServedApis({ crds });
    expect(Object.values(modelFor).map((m) => `${m?.apiVersion} ${m?.kind}`)).toEqual([
      'v1 Istio',
      'v1 IstioRevision',
      'v1 IstioRevisionTag',
      'v1 IstioCNI',
      'v1 ZTunnel',
    ]);
    expect(apis.zTunnelV1Alpha1).toMatchObject({ served: true, deprecated: true });
    expect(apis.earlyIstio.served).toBe(false);
  });
});
