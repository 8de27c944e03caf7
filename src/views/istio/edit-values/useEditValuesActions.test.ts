import { renderHook } from '@testing-library/react';
import { useEditValuesActions } from './useEditValuesActions';

describe('useEditValuesActions', () => {
  it('links a sailoperator.io/v1 Istio to its cluster-scoped values page, behind an update check', () => {
    const { result } = renderHook(() =>
      useEditValuesActions({
        apiVersion: 'sailoperator.io/v1',
        kind: 'Istio',
        metadata: { name: 'default' },
      }),
    );
    const [actions, loaded] = result.current;
    expect(loaded).toBe(true);
    expect(actions).toEqual([
      expect.objectContaining({
        label: 'Edit values',
        cta: { href: '/service-mesh/istio/default/values' },
        accessReview: {
          group: 'sailoperator.io',
          resource: 'istios',
          verb: 'update',
          name: 'default',
        },
      }),
    ]);
  });

  it('links an early-API Istio to the namespaced page', () => {
    const { result } = renderHook(() =>
      useEditValuesActions({
        apiVersion: 'operator.istio.io/v1alpha1',
        kind: 'Istio',
        metadata: { name: 'mesh', namespace: 'istio-system' },
      }),
    );
    expect(result.current[0][0].cta).toEqual({
      href: '/service-mesh/ns/istio-system/istio/mesh/values',
    });
  });

  it('offers nothing for another kind of resource', () => {
    const { result } = renderHook(() =>
      useEditValuesActions({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }),
    );
    expect(result.current[0]).toEqual([]);
  });
});
