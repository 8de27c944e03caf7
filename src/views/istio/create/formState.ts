import type { IstioApi } from './istioApis';
import { valuesToText } from './yamlDraft';

/** What the form shows; everything else in the resource is carried along untouched. */
export type IstioFormState = {
  name: string;
  /** v1: `spec.namespace` (where the control plane goes); early API: the object's namespace. */
  namespace: string;
  version: string;
  /** '' leaves `spec.profile` unset: only the `default` profile (and the platform's) applies. */
  profile: string;
  /** v1 only; '' leaves the type unset (the CRD defaults it to InPlace). */
  updateStrategyType: string;
  /** As typed; '' leaves the operator's default. */
  gracePeriodSeconds: string;
  /** Undefined leaves it unset (the operator treats that as false). */
  updateWorkloads?: boolean;
  valuesText: string;
  /** Early API only. */
  rawValuesText: string;
};

/** Fields a message (client or server) can point at. */
export type FormField =
  | 'name'
  | 'namespace'
  | 'version'
  | 'profile'
  | 'updateStrategy'
  | 'gracePeriodSeconds'
  | 'values'
  | 'rawValues'
  /** The whole text of the YAML view. */
  | 'yaml';

export type IstioResource = Record<string, unknown>;

const DEFAULT_NAME = 'default';
const DEFAULT_NAMESPACE = 'istio-system';

const objectAt = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const stringAt = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The resource a new page starts from. Keys are written in the order a reader expects them;
 * `version` is filled in later from the version catalog.
 */
export const initialResource = (api: IstioApi, namespace?: string): IstioResource => {
  const ns = namespace || DEFAULT_NAMESPACE;
  if (api.namespaceField === 'metadata.namespace') {
    return {
      apiVersion: api.apiVersion,
      kind: api.model.kind,
      metadata: { name: DEFAULT_NAME, namespace: ns },
      spec: {},
    };
  }
  return {
    apiVersion: api.apiVersion,
    kind: api.model.kind,
    metadata: { name: DEFAULT_NAME },
    spec: { namespace: ns, updateStrategy: { type: 'InPlace' } },
  };
};

/** Reads the form's fields out of a resource; what the form does not show stays in the resource. */
export const formStateFromResource = (resource: IstioResource, api: IstioApi): IstioFormState => {
  const metadata = objectAt(resource.metadata);
  const spec = objectAt(resource.spec);
  const strategy = objectAt(spec.updateStrategy);
  const grace = strategy.inactiveRevisionDeletionGracePeriodSeconds;
  const workloads = strategy.updateWorkloads;
  return {
    name: stringAt(metadata.name),
    namespace: stringAt(
      api.namespaceField === 'metadata.namespace' ? metadata.namespace : spec.namespace,
    ),
    version: stringAt(spec.version),
    profile: stringAt(spec.profile),
    updateStrategyType: stringAt(strategy.type),
    gracePeriodSeconds: typeof grace === 'number' || typeof grace === 'string' ? String(grace) : '',
    updateWorkloads: typeof workloads === 'boolean' ? workloads : undefined,
    valuesText: valuesToText(spec.values),
    rawValuesText: api.hasRawValues ? valuesToText(spec.rawValues) : '',
  };
};
