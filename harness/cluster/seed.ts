import semver from 'semver';
import type { KubeObject } from './types';
import type { Api } from './api';
import type { Registry } from './registry';
import { CRDS, CSVS, NAMESPACES } from './registry';
import { buildCsv, CSV_NAMESPACE } from './csv';
import { buildCatalog, versionSchemaOf } from './operator/versions';
import { isStatus } from './statusErrors';

/** Initial cluster content: namespaces, CRDs, the operator's CSV and (optionally) samples. */

export type SeedMode = 'samples' | 'none';

export const SEED_NAMESPACES = [
  'default',
  'istio-system',
  'istio-cni',
  'ztunnel',
  'bookinfo',
  CSV_NAMESPACE,
];

const namespace = (name: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: {
    name,
    labels: {
      'kubernetes.io/metadata.name': name,
      ...(name === 'bookinfo' ? { 'istio-injection': 'enabled' } : {}),
    },
  },
});

/** Newest supported release that is not a pre-release or alias (e.g. `v1.30.3`). */
export const newestStableVersion = (registry: Registry): string | undefined => {
  const istio = registry.byKind('sailoperator.io', 'Istio');
  const catalog = buildCatalog(versionSchemaOf(istio?.schemas[istio.storageVersion]));
  const stable = catalog.supported.filter((v) => semver.valid(v) && !semver.prerelease(v));
  return stable.sort((a, b) => semver.rcompare(a, b))[0] ?? catalog.defaultVersion;
};

const samples = (version: string): [string, string, KubeObject][] => [
  [
    'sailoperator.io',
    'Istio',
    {
      apiVersion: 'sailoperator.io/v1',
      kind: 'Istio',
      metadata: { name: 'default' },
      spec: {
        version,
        namespace: 'istio-system',
        updateStrategy: { type: 'InPlace', inactiveRevisionDeletionGracePeriodSeconds: 30 },
        values: {
          pilot: { autoscaleMin: 2, autoscaleMax: 4, env: { PILOT_TRACE_SAMPLING: '10' } },
          meshConfig: { accessLogFile: '/dev/stdout', accessLogEncoding: 'JSON' },
        },
      },
    },
  ],
  [
    'sailoperator.io',
    'IstioCNI',
    {
      apiVersion: 'sailoperator.io/v1',
      kind: 'IstioCNI',
      metadata: { name: 'default' },
      spec: { version, namespace: 'istio-cni' },
    },
  ],
  [
    'operator.istio.io',
    'Istio',
    {
      apiVersion: 'operator.istio.io/v1alpha1',
      kind: 'Istio',
      metadata: { name: 'istio-sample', namespace: 'istio-system' },
      spec: {
        version: 'v1.20.0',
        values: { global: { logging: { level: 'default:debug' } } },
        rawValues: { pilot: { resources: { requests: { cpu: '100m', memory: '1024Mi' } } } },
      },
    },
  ],
];

/** Creates the seed through the API (so it is validated); returns the problems met. */
export const seedCluster = (
  api: Api,
  registry: () => Registry,
  crds: KubeObject[],
  mode: SeedMode,
): string[] => {
  const problems: string[] = [];
  const create = (group: string, kind: string, object: KubeObject) => {
    const info = group === CRDS.group && kind === CRDS.kind ? CRDS : registry().byKind(group, kind);
    if (!info) return void problems.push(`no resource for ${kind}.${group}`);
    const result = api.create(
      { info, version: info.storageVersion, namespace: object.metadata.namespace },
      object,
    );
    if (isStatus(result)) problems.push(result.message);
  };
  for (const name of SEED_NAMESPACES) create(NAMESPACES.group, NAMESPACES.kind, namespace(name));
  for (const crd of crds) create(CRDS.group, CRDS.kind, crd);
  create(CSVS.group, CSVS.kind, buildCsv(registry().all()));
  const version = newestStableVersion(registry());
  if (mode === 'samples' && version) {
    for (const [group, kind, object] of samples(version)) create(group, kind, object);
  }
  return problems;
};
