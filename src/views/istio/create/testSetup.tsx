// Renders a create page against stubbed cluster data; shared by the page's tests.
import type { K8sResourceCommon, WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { CustomResourceDefinition } from '../../../k8s/types';

export type ClusterStub = {
  crd?: CustomResourceDefinition;
  crdError?: unknown;
  /** The CRD watch has not answered yet. */
  crdLoading?: boolean;
  namespaces?: string[];
};

const Location = () => <output data-test="location">{useLocation().pathname}</output>;

/** Answers watches by kind: the CRD, no CSV, and the listed namespaces. */
export const stubCluster = ({
  crd,
  crdError,
  crdLoading = false,
  namespaces = ['default', 'istio-system'],
}: ClusterStub) => {
  jest.mocked(useK8sWatchResource).mockImplementation(((resource: WatchK8sResource | null) => {
    const gvk = resource?.groupVersionKind;
    const kind = typeof gvk === 'string' ? gvk : gvk?.kind;
    if (kind === 'CustomResourceDefinition') return [crd, !crdError && !crdLoading, crdError];
    if (kind === 'ClusterServiceVersion') return [[], true, undefined];
    if (kind === 'Namespace') {
      const list: K8sResourceCommon[] = namespaces.map((name) => ({ metadata: { name } }));
      return [list, true, undefined];
    }
    return [undefined, true, undefined];
  }) as typeof useK8sWatchResource);
};

/**
 * Renders `page` at a create URL, with any other URL showing its path (the details pages), and
 * waits for the values editor's lazily loaded part.
 */
export const renderAtCreateUrl = async (page: ReactElement) => {
  const rendered = render(
    <MemoryRouter initialEntries={['/create']}>
      <Routes>
        <Route path="/create" element={page} />
        <Route path="*" element={<Location />} />
      </Routes>
    </MemoryRouter>,
  );
  await waitFor(() => expect(screen.queryByText('Loading editor')).not.toBeInTheDocument());
  return rendered;
};

export const currentLocation = () => screen.findByTestId('location');
