import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import {
  EarlyIstioModel,
  IstioCNIModel,
  IstioModel,
  IstioRevisionModel,
  IstioRevisionTagModel,
  ZTunnelModel,
  ZTunnelV1Alpha1Model,
} from './models';
import type { Condition, CustomResourceDefinition } from './types';

/** Every API the plugin can work with. */
export const MANAGED_APIS = {
  istio: IstioModel,
  istioRevision: IstioRevisionModel,
  istioRevisionTag: IstioRevisionTagModel,
  istioCNI: IstioCNIModel,
  zTunnel: ZTunnelModel,
  zTunnelV1Alpha1: ZTunnelV1Alpha1Model,
  earlyIstio: EarlyIstioModel,
} as const satisfies Record<string, K8sModel>;

export type ManagedApi = keyof typeof MANAGED_APIS;

export type APIResource = { name: string; kind: string; namespaced?: boolean };

/** One group/version of the API server's discovery, as `/apis/<group>/<version>` returns it. */
export type APIResourceList = { groupVersion: string; resources: APIResource[] };

/** What the cluster says it serves: its CRDs, its discovery documents, or the console's models. */
export type ApiSource =
  | { crds: readonly CustomResourceDefinition[] }
  | { discovery: readonly APIResourceList[] }
  | { models: readonly K8sModel[] };

export type ServedApi = {
  model: K8sModel;
  served: boolean;
  /** From the CRD's version entry; undefined when the source does not say. */
  deprecated?: boolean;
};

export type ManagedKind = 'Istio' | 'IstioRevision' | 'IstioRevisionTag' | 'IstioCNI' | 'ZTunnel';

export type ServedApis = {
  apis: Record<ManagedApi, ServedApi>;
  /** The model to use per kind: the v1 API when served, else an older one, else undefined. */
  modelFor: Partial<Record<ManagedKind, K8sModel>>;
  /** Whether any of the managed APIs is served, i.e. whether a Sail operator is installed. */
  anyServed: boolean;
};

// Older APIs are fallbacks only: a cluster serving v1 is used through v1.
const PREFERENCE: Record<ManagedKind, readonly ManagedApi[]> = {
  Istio: ['istio', 'earlyIstio'],
  IstioRevision: ['istioRevision'],
  IstioRevisionTag: ['istioRevisionTag'],
  IstioCNI: ['istioCNI'],
  ZTunnel: ['zTunnel', 'zTunnelV1Alpha1'],
};

type Served = { served: boolean; deprecated?: boolean };
const NOT_SERVED: Served = { served: false };

type CrdVersion = CustomResourceDefinition['spec']['versions'][number];
type CrdWithStatus = CustomResourceDefinition & { status?: { conditions?: Condition[] } };

// An unestablished CRD (still being accepted, or rejected) serves nothing yet. A CRD read from a
// file has no status at all and counts as established.
const isEstablished = (crd: CrdWithStatus): boolean => {
  const conditions = Array.isArray(crd.status?.conditions) ? crd.status.conditions : [];
  const established = conditions.find((c) => c?.type === 'Established');
  return !established || established.status === 'True';
};

const fromCrds = (crds: readonly CustomResourceDefinition[], model: K8sModel): Served => {
  const crd = (Array.isArray(crds) ? crds : []).find(
    (c) => c?.spec?.group === model.apiGroup && c.spec.names?.plural === model.plural,
  );
  if (!crd || !isEstablished(crd)) return NOT_SERVED;
  const versions = Array.isArray(crd.spec.versions) ? crd.spec.versions : [];
  const version = versions.find((v: CrdVersion | undefined) => v?.name === model.apiVersion);
  if (!version?.served) return NOT_SERVED;
  return { served: true, deprecated: version.deprecated === true };
};

const fromDiscovery = (lists: readonly APIResourceList[], model: K8sModel): Served => {
  const groupVersion = `${model.apiGroup}/${model.apiVersion}`;
  const list = (Array.isArray(lists) ? lists : []).find((l) => l?.groupVersion === groupVersion);
  const resources: (APIResource | undefined)[] = Array.isArray(list?.resources)
    ? list.resources
    : [];
  // Discovery lists only served versions; subresources such as `istios/status` do not count.
  return resources.some((r) => r?.name === model.plural && r.kind === model.kind)
    ? { served: true }
    : NOT_SERVED;
};

const fromModels = (models: readonly K8sModel[], model: K8sModel): Served =>
  (Array.isArray(models) ? models : []).some(
    (m) =>
      m?.apiGroup === model.apiGroup && m.apiVersion === model.apiVersion && m.kind === model.kind,
  )
    ? { served: true }
    : NOT_SERVED;

const servedBy = (source: ApiSource, model: K8sModel): Served => {
  if (!source || typeof source !== 'object') return NOT_SERVED;
  if ('crds' in source) return fromCrds(source.crds, model);
  if ('discovery' in source) return fromDiscovery(source.discovery, model);
  if ('models' in source) return fromModels(source.models, model);
  return NOT_SERVED;
};

/** Which of the managed APIs the cluster serves, and which model to use for each kind. */
export const findServedApis = (source: ApiSource): ServedApis => {
  const apis = Object.fromEntries(
    (Object.keys(MANAGED_APIS) as ManagedApi[]).map((key) => {
      const model = MANAGED_APIS[key];
      return [key, { model, ...servedBy(source, model) }];
    }),
  ) as Record<ManagedApi, ServedApi>;

  const modelFor: Partial<Record<ManagedKind, K8sModel>> = {};
  for (const kind of Object.keys(PREFERENCE) as ManagedKind[]) {
    const key = PREFERENCE[kind].find((k) => apis[k].served);
    if (key) modelFor[kind] = apis[key].model;
  }
  return { apis, modelFor, anyServed: Object.values(apis).some((api) => api.served) };
};
