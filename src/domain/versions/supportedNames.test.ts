/** @jest-environment node */
import type { ClusterServiceVersion, CustomResourceDefinition } from '../../k8s/types';
import { supportedNamesFromCsv, supportedNamesFromDescription } from './supportedNames';

const select = (name: string) => `urn:alm:descriptor:com.tectonic.ui:select:${name}`;

const crd = {
  metadata: { name: 'istios.sailoperator.io' },
  spec: {
    group: 'sailoperator.io',
    names: { kind: 'Istio', plural: 'istios' },
    scope: 'Cluster',
    versions: [],
  },
} as CustomResourceDefinition;

const csvOwning = (
  owned: NonNullable<
    NonNullable<ClusterServiceVersion['spec']>['customresourcedefinitions']
  >['owned'],
): ClusterServiceVersion => ({ spec: { customresourcedefinitions: { owned } } });

describe('supportedNamesFromDescription', () => {
  it('reads the names after "Must be one of:" up to the closing dot', () => {
    expect(
      supportedNamesFromDescription(
        'Defines the version of Istio to install.\nMust be one of: v1.30-latest, v1.30.3, master, v1.32.0-alpha.527f8d6c.',
      ),
    ).toEqual(['v1.30-latest', 'v1.30.3', 'master', 'v1.32.0-alpha.527f8d6c']);
  });

  it('stops at the end of the list when another sentence follows', () => {
    expect(
      supportedNamesFromDescription(
        'Version defines the version of Istio to install. Must be one of: v1.20.0, v1.19.4, latest. If not specified, the latest version supported by the operator is installed.',
      ),
    ).toEqual(['v1.20.0', 'v1.19.4', 'latest']);
  });

  it('reads a list that wraps onto a new line after a comma', () => {
    expect(supportedNamesFromDescription('Must be one of: v1.30.3,\n  v1.30.2.')).toEqual([
      'v1.30.3',
      'v1.30.2',
    ]);
  });

  it('finds no list in a description without the marker', () => {
    expect(supportedNamesFromDescription('Defines the version of Istio to install.')).toBe(
      undefined,
    );
  });

  it('finds no list when the marker is followed by nothing usable', () => {
    expect(supportedNamesFromDescription('Must be one of: , ; ...')).toBe(undefined);
    expect(supportedNamesFromDescription(undefined)).toBe(undefined);
  });
});

describe('supportedNamesFromCsv', () => {
  it('reads the select names of the version descriptor of the owned CRD', () => {
    const csv = csvOwning([
      {
        name: 'istios.sailoperator.io',
        kind: 'Istio',
        version: 'v1',
        specDescriptors: [
          { path: 'updateStrategy.type', 'x-descriptors': [select('InPlace')] },
          {
            path: 'version',
            'x-descriptors': [
              'urn:alm:descriptor:com.tectonic.ui:fieldGroup:General',
              select('v1.30.3'),
              select('master'),
            ],
          },
        ],
      },
    ]);
    expect(supportedNamesFromCsv(csv, crd, 'v1')).toEqual(['v1.30.3', 'master']);
  });

  it('ignores version lists that belong to other CRDs', () => {
    const csv = csvOwning([
      {
        name: 'istiocnis.sailoperator.io',
        kind: 'IstioCNI',
        version: 'v1',
        specDescriptors: [{ path: 'version', 'x-descriptors': [select('v1.30.3')] }],
      },
    ]);
    expect(supportedNamesFromCsv(csv, crd, 'v1')).toBe(undefined);
  });

  it('prefers the entry for the CRD version being read', () => {
    const csv = csvOwning([
      {
        name: 'istios.sailoperator.io',
        kind: 'Istio',
        version: 'v1alpha1',
        specDescriptors: [{ path: 'version', 'x-descriptors': [select('v1.23.0')] }],
      },
      {
        name: 'istios.sailoperator.io',
        kind: 'Istio',
        version: 'v1',
        specDescriptors: [{ path: 'version', 'x-descriptors': [select('v1.30.3')] }],
      },
    ]);
    expect(supportedNamesFromCsv(csv, crd, 'v1')).toEqual(['v1.30.3']);
  });

  it('finds nothing in a CSV whose version descriptor has no select names', () => {
    const csv = csvOwning([
      {
        name: 'istios.sailoperator.io',
        kind: 'Istio',
        version: 'v1',
        specDescriptors: [
          { path: 'version', 'x-descriptors': ['urn:alm:descriptor:com.tectonic.ui:text'] },
        ],
      },
    ]);
    expect(supportedNamesFromCsv(csv, crd, 'v1')).toBe(undefined);
    expect(supportedNamesFromCsv({}, crd, 'v1')).toBe(undefined);
  });
});
