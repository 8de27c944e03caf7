import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import OverviewPage from './OverviewPage';

const mockWatch = jest.mocked(useK8sWatchResource);

describe('OverviewPage', () => {
  it('shows the page title', () => {
    mockWatch.mockReturnValue([[], true, undefined]);
    render(<OverviewPage />);
    expect(screen.getByRole('heading', { name: 'Service Mesh overview' })).toBeInTheDocument();
  });

  it('watches sailoperator.io/v1 Istio resources as a list', () => {
    mockWatch.mockReturnValue([[], true, undefined]);
    render(<OverviewPage />);
    expect(mockWatch).toHaveBeenCalledWith({
      groupVersionKind: { group: 'sailoperator.io', version: 'v1', kind: 'Istio' },
      isList: true,
    });
  });

  it('says no control planes were found when the cluster has no Istio', () => {
    mockWatch.mockReturnValue([[], true, undefined]);
    render(<OverviewPage />);
    expect(
      screen.getByRole('heading', { name: 'No Istio control planes found' }),
    ).toBeInTheDocument();
  });

  it('shows a spinner while the list loads', () => {
    mockWatch.mockReturnValue([[], false, undefined]);
    render(<OverviewPage />);
    expect(screen.getByRole('progressbar', { name: 'Loading Istio control planes' })).toBeVisible();
    expect(screen.queryByText('No Istio control planes found')).not.toBeInTheDocument();
  });

  it('lists the control planes it found', () => {
    mockWatch.mockReturnValue([
      [{ metadata: { name: 'default', uid: 'a' } }, { metadata: { name: 'canary', uid: 'b' } }],
      true,
      undefined,
    ]);
    render(<OverviewPage />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['default', 'canary']);
  });

  it('shows the error instead of an empty state when the watch fails', () => {
    mockWatch.mockReturnValue([[], true, new Error('istios.sailoperator.io is forbidden')]);
    render(<OverviewPage />);
    expect(screen.getByText('Could not load Istio control planes')).toBeInTheDocument();
    expect(screen.getByText('istios.sailoperator.io is forbidden')).toBeInTheDocument();
    expect(screen.queryByText('No Istio control planes found')).not.toBeInTheDocument();
  });
});
