import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

/** A Helm-style values tree as the operator stores it. */
export type HelmValues = Record<string, unknown>;

export type Condition = {
  type: string;
  status: 'True' | 'False' | 'Unknown' | string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
};

export type CommonStatus = {
  state?: string;
  conditions?: Condition[];
  observedGeneration?: number;
};

export type UpdateStrategyType = 'InPlace' | 'RevisionBased';

export type IstioSpec = {
  version?: string;
  profile?: string;
  namespace?: string;
  updateStrategy?: {
    type?: UpdateStrategyType;
    inactiveRevisionDeletionGracePeriodSeconds?: number;
    updateWorkloads?: boolean;
  };
  values?: HelmValues;
};

/** `sailoperator.io/v1` Istio (cluster-scoped). */
export type Istio = K8sResourceCommon & {
  spec?: IstioSpec;
  status?: CommonStatus & {
    activeRevisionName?: string;
    revisions?: { total?: number; ready?: number; inUse?: number };
  };
};

export type IstioRevision = K8sResourceCommon & {
  spec?: { version?: string; namespace?: string; values?: HelmValues };
  status?: CommonStatus;
};

export type IstioRevisionTag = K8sResourceCommon & {
  spec?: { targetRef?: { kind?: 'Istio' | 'IstioRevision' | string; name?: string } };
  status?: CommonStatus & { istioRevision?: string; istiodNamespace?: string };
};

export type IstioCNI = K8sResourceCommon & {
  spec?: { version?: string; profile?: string; namespace?: string; values?: HelmValues };
  status?: CommonStatus;
};

export type ZTunnel = K8sResourceCommon & {
  spec?: {
    version?: string;
    profile?: string;
    namespace?: string;
    targetRef?: { kind?: string; name?: string };
    values?: HelmValues;
  };
  status?: CommonStatus & { istioRevision?: string };
};

/** Early `operator.istio.io/v1alpha1` Istio (namespaced). */
export type EarlyIstio = K8sResourceCommon & {
  spec?: { version?: string; profile?: string; values?: HelmValues; rawValues?: HelmValues };
  status?: CommonStatus & { appliedValues?: HelmValues };
};

/** Any resource whose health the plugin summarises. */
export type MeshResource =
  Istio | IstioRevision | IstioRevisionTag | IstioCNI | ZTunnel | EarlyIstio;

/** A CEL rule from `x-kubernetes-validations`. */
export type ValidationRule = {
  rule: string;
  message?: string;
  messageExpression?: string;
  fieldPath?: string;
  reason?: string;
  optionalOldSelf?: boolean;
};

/** OpenAPI v3 schema node as found in a CRD (only the keywords we read). */
export type JSONSchemaProps = {
  type?: string;
  description?: string;
  properties?: Record<string, JSONSchemaProps>;
  items?: JSONSchemaProps;
  additionalProperties?: boolean | JSONSchemaProps;
  required?: string[];
  enum?: unknown[];
  default?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  nullable?: boolean;
  anyOf?: JSONSchemaProps[];
  allOf?: JSONSchemaProps[];
  oneOf?: JSONSchemaProps[];
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-list-type'?: string;
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-validations'?: ValidationRule[];
};

export type CustomResourceDefinition = K8sResourceCommon & {
  spec: {
    group: string;
    names: { kind: string; plural: string; singular?: string; listKind?: string };
    scope: 'Cluster' | 'Namespaced';
    versions: {
      name: string;
      served: boolean;
      storage: boolean;
      deprecated?: boolean;
      schema?: { openAPIV3Schema?: JSONSchemaProps };
    }[];
  };
};

export type ClusterServiceVersion = K8sResourceCommon & {
  spec?: {
    displayName?: string;
    version?: string;
    customresourcedefinitions?: {
      owned?: {
        name: string;
        version: string;
        kind: string;
        specDescriptors?: { path: string; displayName?: string; 'x-descriptors'?: string[] }[];
      }[];
    };
  };
  status?: { phase?: string };
};
