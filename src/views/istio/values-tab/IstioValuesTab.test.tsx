import { useAccessReview, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { smallIstioCrd } from '../../../components/values-editor/__fixtures__/smallIstioCrd';
import type { EarlyIstio, Istio } from '../../../k8s/types';
import IstioValuesTab from './IstioValuesTab';

const mockWatch = jest.mocked(useK8sWatchResource);
const mockAccess = jest.mocked(useAccessReview);

const istio = (values?: Record<string, unknown>): Istio => ({
  apiVersion: 'sailoperator.io/v1',
  kind: 'Istio',
  metadata: { name: 'default' },
  spec: { version: 'v1.30.3', namespace: 'istio-system', values },
});

const renderTab = (obj: Istio | EarlyIstio) =>
  render(
    <MemoryRouter>
      <IstioValuesTab obj={obj} />
    </MemoryRouter>,
  );

beforeEach(() => {
  mockWatch.mockReturnValue([smallIstioCrd, true, undefined]);
  mockAccess.mockReturnValue([true, false]);
});

describe('IstioValuesTab', () => {
  it('shows the stored values read-only as YAML', async () => {
    renderTab(istio({ pilot: { autoscaleEnabled: false } }));
    const editor = await screen.findByRole('textbox', { name: 'Values of default' });
    expect(editor).toHaveValue('pilot:\n  autoscaleEnabled: false\n');
    expect(editor).toHaveAttribute('readonly');
  });

  it('links to the edit page when the user may update the Istio', () => {
    renderTab(istio({ pilot: { autoscaleEnabled: false } }));
    expect(screen.getByRole('link', { name: 'Edit values' })).toHaveAttribute(
      'href',
      '/service-mesh/istio/default/values',
    );
  });

  it('offers no edit link without update access', () => {
    mockAccess.mockReturnValue([false, false]);
    renderTab(istio({ pilot: { autoscaleEnabled: false } }));
    expect(screen.queryByRole('link', { name: 'Edit values' })).not.toBeInTheDocument();
  });

  it('says so when the Istio sets no values, and still offers to edit them', () => {
    renderTab(istio());
    expect(screen.getByRole('heading', { name: 'No values set' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit values' })).toBeInTheDocument();
  });

  it('shows the early API raw values apart, and links to the namespaced edit page', async () => {
    renderTab({
      apiVersion: 'operator.istio.io/v1alpha1',
      kind: 'Istio',
      metadata: { name: 'istio-sample', namespace: 'istio-system' },
      spec: { version: 'v1.20.0', rawValues: { pilot: { resources: { cpu: '1' } } } },
    });
    expect(await screen.findByRole('textbox', { name: 'Raw values of istio-sample' })).toHaveValue(
      'pilot:\n  resources:\n    cpu: "1"\n',
    );
    expect(
      screen.queryByRole('textbox', { name: 'Values of istio-sample' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit values' })).toHaveAttribute(
      'href',
      '/service-mesh/ns/istio-system/istio/istio-sample/values',
    );
  });

  it('renders nothing for an object of another API', () => {
    const { container } = renderTab({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'x' },
    });
    expect(container).toBeEmptyDOMElement();
  });
});
