import {
  useAccessReview,
  useFlag,
  useK8sWatchResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import OverviewPage from './OverviewPage';

const mockWatch = jest.mocked(useK8sWatchResource);
const mockFlag = jest.mocked(useFlag);
const mockAccess = jest.mocked(useAccessReview);

const serves = (flags: string[]) => mockFlag.mockImplementation((flag) => flags.includes(flag));

const renderPage = () =>
  render(
    <MemoryRouter>
      <OverviewPage />
    </MemoryRouter>,
  );

beforeEach(() => {
  serves(['SAIL_ISTIO_V1']);
  mockAccess.mockReturnValue([true, false]);
});

describe('OverviewPage', () => {
  it('shows the page title', () => {
    mockWatch.mockReturnValue([[], true, undefined]);
    renderPage();
    expect(screen.getByRole('heading', { name: 'Service Mesh overview' })).toBeInTheDocument();
  });

  it('watches sailoperator.io/v1 Istio resources when the cluster serves them', () => {
    serves(['SAIL_ISTIO_V1', 'SAIL_ISTIO_EARLY']);
    mockWatch.mockReturnValue([[], true, undefined]);
    renderPage();
    expect(mockWatch).toHaveBeenLastCalledWith({
      groupVersionKind: { group: 'sailoperator.io', version: 'v1', kind: 'Istio' },
      isList: true,
    });
  });

  it('watches the early operator.istio.io Istio when only that API is served', () => {
    serves(['SAIL_ISTIO_EARLY']);
    mockWatch.mockReturnValue([[], true, undefined]);
    renderPage();
    expect(mockWatch).toHaveBeenLastCalledWith({
      groupVersionKind: { group: 'operator.istio.io', version: 'v1alpha1', kind: 'Istio' },
      isList: true,
    });
  });

  it('explains how to install the operator when no Istio API is served', () => {
    serves([]);
    mockWatch.mockReturnValue([[], false, undefined]);
    renderPage();
    expect(
      screen.getByRole('heading', { name: 'The Sail Operator is not installed' }),
    ).toBeInTheDocument();
    expect(mockWatch).toHaveBeenLastCalledWith(null);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('says no control planes were found when the cluster has no Istio', () => {
    mockWatch.mockReturnValue([[], true, undefined]);
    renderPage();
    expect(
      screen.getByRole('heading', { name: 'No Istio control planes found' }),
    ).toBeInTheDocument();
  });

  it('shows a spinner while the list loads', () => {
    mockWatch.mockReturnValue([[], false, undefined]);
    renderPage();
    expect(screen.getByRole('progressbar', { name: 'Loading Istio control planes' })).toBeVisible();
    expect(screen.queryByText('No Istio control planes found')).not.toBeInTheDocument();
  });

  it('lists the control planes it found, each linked to its details page', () => {
    mockWatch.mockReturnValue([
      [{ metadata: { name: 'default', uid: 'a' } }, { metadata: { name: 'canary', uid: 'b' } }],
      true,
      undefined,
    ]);
    renderPage();
    const list = screen.getByRole('list', { name: 'Istio control planes' });
    const links = within(list).getAllByRole('link');
    expect(screen.getByRole('link', { name: 'Create Istio' })).toBeInTheDocument();
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['default', '/k8s/cluster/sailoperator.io~v1~Istio/default'],
      ['canary', '/k8s/cluster/sailoperator.io~v1~Istio/canary'],
    ]);
  });

  it('shows the error instead of an empty state when the watch fails', () => {
    mockWatch.mockReturnValue([[], true, new Error('istios.sailoperator.io is forbidden')]);
    renderPage();
    expect(screen.getByText('Could not load Istio control planes')).toBeInTheDocument();
    expect(screen.getByText('istios.sailoperator.io is forbidden')).toBeInTheDocument();
    expect(screen.queryByText('No Istio control planes found')).not.toBeInTheDocument();
  });

  it('offers to create an Istio from the empty state', () => {
    mockWatch.mockReturnValue([[], true, undefined]);
    renderPage();
    expect(screen.getByRole('link', { name: 'Create Istio' })).toHaveAttribute(
      'href',
      '/k8s/cluster/sailoperator.io~v1~Istio/~new',
    );
  });

  it('creates early-API Istios in istio-system when only that API is served', () => {
    serves(['SAIL_ISTIO_EARLY']);
    mockWatch.mockReturnValue([[], true, undefined]);
    renderPage();
    expect(screen.getByRole('link', { name: 'Create Istio' })).toHaveAttribute(
      'href',
      '/k8s/ns/istio-system/operator.istio.io~v1alpha1~Istio/~new',
    );
  });

  it('offers no Create button to a user who may not create Istios', () => {
    mockAccess.mockReturnValue([false, false]);
    mockWatch.mockReturnValue([[], true, undefined]);
    renderPage();
    expect(screen.queryByRole('link', { name: 'Create Istio' })).not.toBeInTheDocument();
  });
});
