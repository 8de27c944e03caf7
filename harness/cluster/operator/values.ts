import type { JsonObject } from '../types';
import { clone, isObject } from '../types';
import { imageTag } from './versions';

/** Applied values: profile presets, vendor defaults, the user's values and forced settings. */

const resources = (cpu: string, memory: string) => ({ requests: { cpu, memory } });

const PROFILES: Record<string, JsonObject> = {
  default: {
    global: {
      hub: 'docker.io/istio',
      imagePullPolicy: 'IfNotPresent',
      istioNamespace: 'istio-system',
      logging: { level: 'default:info' },
      meshID: '',
      network: '',
      proxy: {
        clusterDomain: 'cluster.local',
        holdApplicationUntilProxyStarts: false,
        image: 'proxyv2',
        logLevel: 'warning',
        privileged: false,
        resources: {
          limits: { cpu: '2000m', memory: '1024Mi' },
          requests: { cpu: '100m', memory: '128Mi' },
        },
      },
    },
    pilot: {
      autoscaleEnabled: true,
      autoscaleMin: 1,
      autoscaleMax: 5,
      cni: { enabled: false },
      env: {},
      image: 'pilot',
      replicaCount: 1,
      resources: resources('500m', '2048Mi'),
      rollingMaxSurge: '100%',
      traceSampling: 1,
    },
    meshConfig: {
      accessLogEncoding: 'TEXT',
      accessLogFile: '',
      defaultConfig: { proxyMetadata: {} },
      enableTracing: false,
      outboundTrafficPolicy: { mode: 'ALLOW_ANY' },
      trustDomain: 'cluster.local',
    },
    sidecarInjectorWebhook: { enableNamespacesByDefault: false, rewriteAppHTTPProbe: true },
    gatewayClasses: {},
  },
  openshift: {
    global: { platform: 'openshift' },
    pilot: { cni: { enabled: true, provider: 'multus' } },
    cni: {
      chained: false,
      cniBinDir: '/var/lib/cni/bin',
      cniConfDir: '/etc/cni/multus/net.d',
      provider: 'multus',
    },
  },
  demo: {
    meshConfig: { accessLogFile: '/dev/stdout', enableTracing: true },
    pilot: { autoscaleEnabled: false, traceSampling: 100, resources: resources('10m', '100Mi') },
    global: { proxy: { resources: resources('10m', '40Mi') } },
  },
  ambient: {
    pilot: { env: { PILOT_ENABLE_AMBIENT: 'true' }, cni: { enabled: true } },
    meshConfig: { defaultConfig: { proxyMetadata: { ISTIO_META_ENABLE_HBONE: 'true' } } },
    cni: { ambient: { enabled: true } },
  },
  preview: {
    meshConfig: { defaultConfig: { proxyMetadata: { ISTIO_META_DNS_CAPTURE: 'true' } } },
    pilot: { env: { PILOT_ENABLE_ALPHA_GATEWAY_API: 'true' } },
  },
  stable: {},
  empty: {},
  remote: { pilot: { env: { EXTERNAL_ISTIOD: 'true' } } },
};
PROFILES['openshift-ambient'] = mergeValues(PROFILES.openshift, PROFILES.ambient);

/** Deep merge where `overlay` wins; lists and scalars are replaced, objects merged. */
export function mergeValues(base: JsonObject, overlay: JsonObject): JsonObject {
  const result = clone(base);
  for (const [key, value] of Object.entries(overlay)) {
    result[key] =
      isObject(value) && isObject(result[key])
        ? mergeValues(result[key] as JsonObject, value)
        : clone(value);
  }
  return result;
}

/** `default`, then `openshift`, then the chosen profile (the operator runs on OpenShift). */
export const profileValues = (profile: string | undefined): JsonObject => {
  const chosen =
    profile && !['default', 'openshift'].includes(profile) ? [PROFILES[profile] ?? {}] : [];
  return [PROFILES.openshift, ...chosen].reduce(mergeValues, PROFILES.default);
};

const asValues = (value: unknown): JsonObject => (isObject(value) ? value : {});

/** Values the operator writes into `IstioRevision.spec.values` for an Istio. */
export const revisionValues = (args: {
  profile?: string;
  userValues: unknown;
  version: string;
  namespace: string;
  revisionName: string;
}): JsonObject => {
  const vendor = { global: { tag: imageTag(args.version) } };
  const merged = mergeValues(
    mergeValues(profileValues(args.profile), vendor),
    asValues(args.userValues),
  );
  const forced: JsonObject = {
    global: { istioNamespace: args.namespace },
    revision: args.revisionName === 'default' ? '' : args.revisionName,
    ...(args.profile ? { profile: args.profile } : {}),
  };
  return mergeValues(merged, forced);
};

/** `status.appliedValues` of the early API: presets, `values`, then the unvalidated `rawValues`. */
export const earlyAppliedValues = (args: {
  profile?: string;
  values: unknown;
  rawValues: unknown;
  version: string;
  namespace: string;
}): JsonObject => {
  const vendor = {
    global: { tag: imageTag(args.version === 'latest' ? 'v1.21-alpha' : args.version) },
  };
  const withUser = mergeValues(
    mergeValues(profileValues(args.profile), vendor),
    asValues(args.values),
  );
  return mergeValues(mergeValues(withUser, asValues(args.rawValues)), {
    global: { istioNamespace: args.namespace },
  });
};
