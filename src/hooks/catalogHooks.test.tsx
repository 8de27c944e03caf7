import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { renderHook } from '@testing-library/react';
import { IstioModel } from '../k8s/models';
import { smallIstioCrd } from '../components/values-editor/__fixtures__/smallIstioCrd';
import { istioCrd as catalogCrd, versionField } from '../domain/versions/catalogFixtures';
import type { ClusterServiceVersion } from '../k8s/types';
import { useOperatorCsv } from './useOperatorCsv';
import { useValuesSchema } from './useValuesSchema';
import { useVersionCatalog } from './useVersionCatalog';

const mockWatch = jest.mocked(useK8sWatchResource);

const istioCrd = catalogCrd(
  versionField(['v1.2.0', 'v1.1.0'], 'Must be one of: v1.2.0.', 'v1.2.0'),
);

const csv = (name: string, phase: string, owned: string[]): ClusterServiceVersion => ({
  metadata: { name, namespace: 'openshift-operators' },
  spec: {
    customresourcedefinitions: {
      owned: owned.map((crdName) => ({ name: crdName, version: 'v1', kind: 'X' })),
    },
  },
  status: { phase },
});

type Answer = [unknown, boolean, unknown];

const answer = (byKind: Record<string, Answer>) =>
  mockWatch.mockImplementation(((resource: WatchK8sResource | null) => {
    const kind = resource?.groupVersionKind?.kind ?? '';
    return byKind[kind] ?? [undefined, false, undefined];
  }) as unknown as typeof useK8sWatchResource);

describe('useOperatorCsv', () => {
  it('picks the succeeded CSV that owns the Istio CRD and ignores OLM copies', () => {
    answer({
      ClusterServiceVersion: [
        [
          csv('other.v1', 'Succeeded', ['foos.example.com']),
          csv('sailoperator.v1.0', 'Replacing', ['istios.sailoperator.io']),
          csv('sailoperator.v1.1', 'Succeeded', ['istios.sailoperator.io']),
        ],
        true,
        undefined,
      ],
    });
    const { result } = renderHook(() => useOperatorCsv(IstioModel));
    expect(result.current[0]?.metadata?.name).toBe('sailoperator.v1.1');
    expect(mockWatch).toHaveBeenCalledWith(
      expect.objectContaining({
        selector: { matchExpressions: [{ key: 'olm.copiedFrom', operator: 'DoesNotExist' }] },
      }),
    );
  });
});

describe('useVersionCatalog', () => {
  it('builds the catalog from the CRD when the user may not list CSVs', () => {
    answer({
      CustomResourceDefinition: [istioCrd, true, undefined],
      ClusterServiceVersion: [[], true, new Error('forbidden')],
    });
    const { result } = renderHook(() => useVersionCatalog(IstioModel));
    expect(result.current.loaded).toBe(true);
    expect(result.current.catalog?.entries.map((e) => [e.name, e.support])).toEqual([
      ['v1.2.0', 'supported'],
      ['v1.1.0', 'end-of-life'],
    ]);
  });

  it('reports the error when the CRD cannot be read', () => {
    const forbidden = new Error('customresourcedefinitions is forbidden');
    answer({
      CustomResourceDefinition: [undefined, false, forbidden],
      ClusterServiceVersion: [[], true, undefined],
    });
    const { result } = renderHook(() => useVersionCatalog(IstioModel));
    expect(result.current).toEqual({ loaded: true, error: forbidden });
  });

  it('is still loading while the CSV list has not answered', () => {
    answer({
      CustomResourceDefinition: [istioCrd, true, undefined],
      ClusterServiceVersion: [[], false, undefined],
    });
    const { result } = renderHook(() => useVersionCatalog(IstioModel));
    expect(result.current.loaded).toBe(false);
    expect(result.current.catalog).toBeUndefined();
  });
});

describe('useValuesSchema', () => {
  it('returns the values schema of the installed CRD', () => {
    answer({ CustomResourceDefinition: [smallIstioCrd, true, undefined] });
    const { result } = renderHook(() => useValuesSchema(IstioModel));
    expect(result.current.schema?.values).toBe(
      smallIstioCrd.spec.versions[0].schema?.openAPIV3Schema?.properties?.spec.properties?.values,
    );
  });

  it('passes the read error on so the editor can say why hints are missing', () => {
    const notFound = new Error('customresourcedefinitions "istios.sailoperator.io" not found');
    answer({ CustomResourceDefinition: [undefined, false, notFound] });
    const { result } = renderHook(() => useValuesSchema(IstioModel));
    expect(result.current.error).toBe(notFound);
    expect(result.current.schema).toBeUndefined();
  });
});
