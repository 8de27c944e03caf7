// Small CRDs for the create page's tests: a few versions, the profile enum, a tiny values schema.
import { DESCRIPTION, ENUM } from '../../../domain/versions/catalogFixtures';
import type { CustomResourceDefinition, JSONSchemaProps } from '../../../k8s/types';

const values: JSONSchemaProps = {
  type: 'object',
  properties: {
    pilot: {
      type: 'object',
      properties: { autoscaleMin: { type: 'integer' }, autoscaleEnabled: { type: 'boolean' } },
    },
  },
};

const crd = (
  group: string,
  version: string,
  scope: 'Cluster' | 'Namespaced',
  spec: Record<string, JSONSchemaProps>,
): CustomResourceDefinition => ({
  metadata: { name: `istios.${group}` },
  spec: {
    group,
    names: { kind: 'Istio', plural: 'istios' },
    scope,
    versions: [
      {
        name: version,
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: { spec: { type: 'object', properties: spec } },
          },
        },
      },
    ],
  },
});

/** `withSupportList: false` leaves out "Must be one of", so support is unknown. */
export const sailIstioCrd = ({ withSupportList = true } = {}) =>
  crd('sailoperator.io', 'v1', 'Cluster', {
    version: {
      type: 'string',
      enum: ENUM,
      default: 'v1.30.2',
      description: withSupportList ? DESCRIPTION : 'Defines the version of Istio to install.',
    },
    namespace: { type: 'string', default: 'istio-system' },
    profile: {
      type: 'string',
      enum: ['ambient', 'default', 'demo', 'openshift', 'openshift-ambient'],
    },
    values,
  });

export const earlyIstioCrd = () =>
  crd('operator.istio.io', 'v1alpha1', 'Namespaced', {
    version: {
      type: 'string',
      enum: ['v1.20.0', 'v1.19.4', 'latest'],
      description:
        'Version defines the version of Istio to install. Must be one of: v1.20.0, v1.19.4, latest.',
    },
    profile: { type: 'string', enum: ['default', 'minimal', 'openshift'] },
    values,
    rawValues: { 'x-kubernetes-preserve-unknown-fields': true },
  });
