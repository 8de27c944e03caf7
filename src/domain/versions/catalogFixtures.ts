// Small CRD and CSV shapes for catalog tests.
import type {
  ClusterServiceVersion,
  CustomResourceDefinition,
  JSONSchemaProps,
} from '../../k8s/types';
export const istioCrd = (
  version: JSONSchemaProps | undefined,
  extraVersions: CustomResourceDefinition['spec']['versions'] = [],
): CustomResourceDefinition => ({
  metadata: { name: 'istios.sailoperator.io' },
  spec: {
    group: 'sailoperator.io',
    names: { kind: 'Istio', plural: 'istios' },
    scope: 'Cluster',
    versions: [
      ...extraVersions,
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: { type: 'object', properties: version ? { version } : {} },
            },
          },
        },
      },
    ],
  },
});

export const versionField = (
  names: unknown[],
  description?: string,
  dflt?: string,
): JSONSchemaProps => ({
  type: 'string',
  enum: names,
  description,
  default: dflt,
});

export const csvSupporting = (names: string[]): ClusterServiceVersion => ({
  spec: {
    customresourcedefinitions: {
      owned: [
        {
          name: 'istios.sailoperator.io',
          kind: 'Istio',
          version: 'v1',
          specDescriptors: [
            {
              path: 'version',
              'x-descriptors': names.map((n) => `urn:alm:descriptor:com.tectonic.ui:select:${n}`),
            },
          ],
        },
      ],
    },
  },
});

export const ENUM = [
  'v1.30-latest',
  'v1.30.3',
  'v1.30.2',
  'v1.29-latest',
  'v1.29.6',
  'v1.28.10',
  'master',
  'v1.31.0-alpha.abc123',
];
export const DESCRIPTION =
  'Defines the version of Istio to install.\nMust be one of: v1.30-latest, v1.30.3, v1.30.2, master, v1.31.0-alpha.abc123.';
