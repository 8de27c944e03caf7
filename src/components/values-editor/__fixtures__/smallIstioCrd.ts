import { smallValuesSchema } from '../../../domain/schema/__fixtures__/smallValuesSchema';
import type { CustomResourceDefinition } from '../../../k8s/types';

/** A small Istio CRD whose spec.values is the shared test schema. */
export const smallIstioCrd: CustomResourceDefinition = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'istios.sailoperator.io' },
  spec: {
    group: 'sailoperator.io',
    names: { kind: 'Istio', plural: 'istios', singular: 'istio', listKind: 'IstioList' },
    scope: 'Cluster',
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                properties: { version: { type: 'string' }, values: smallValuesSchema },
              },
            },
          },
        },
      },
    ],
  },
};
