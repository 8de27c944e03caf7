import { k8sCreate, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { earlyIstioCrd } from './createIstio.fixtures';
import { CreateEarlyIstioPage } from './CreateIstioPage';
import { currentLocation, renderAtCreateUrl, stubCluster } from './testSetup';

const mockCreate = jest.mocked(k8sCreate);

/** The editor inside the element with `id` (the values editors carry the field id). */
const editorIn = async (id: string) => {
  const group = document.getElementById(id);
  if (!group) throw new Error(`no element #${id}`);
  return within(group).findByRole('textbox');
};

beforeEach(() => {
  jest.clearAllMocks();
  window.localStorage.clear();
  jest.mocked(useAccessReview).mockReturnValue([true, false]);
  mockCreate.mockImplementation(async ({ data }) => data);
  stubCluster({ crd: earlyIstioCrd(), namespaces: ['team-a'] });
});

describe('the early operator.istio.io/v1alpha1 create page', () => {
  it('starts in the namespace the console shows and has no update strategy', async () => {
    await renderAtCreateUrl(<CreateEarlyIstioPage namespace="team-a" />);
    expect(screen.getByRole('combobox', { name: /^Namespace/ })).toHaveValue('team-a');
    expect(screen.queryByRole('radiogroup', { name: 'Update strategy' })).not.toBeInTheDocument();
  });

  it('marks rawValues as not validated', async () => {
    await renderAtCreateUrl(<CreateEarlyIstioPage namespace="team-a" />);
    expect(await screen.findByText('Raw values are not validated')).toBeInTheDocument();
    expect(screen.getByText('Raw values (not validated)')).toBeInTheDocument();
  });

  it('creates the Istio in its namespace with values and rawValues, then opens it', async () => {
    await renderAtCreateUrl(<CreateEarlyIstioPage namespace="team-a" />);
    expect(await screen.findByRole('button', { name: /^Version/ })).toHaveTextContent('v1.20.0');
    fireEvent.change(await editorIn('istio-raw-values'), {
      target: { value: 'pilot:\n  custom: true\n' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await currentLocation()).toHaveTextContent(
      '/k8s/ns/team-a/operator.istio.io~v1alpha1~Istio/default',
    );
    expect(mockCreate.mock.calls[1][0].data).toEqual({
      apiVersion: 'operator.istio.io/v1alpha1',
      kind: 'Istio',
      metadata: { name: 'default', namespace: 'team-a' },
      spec: { version: 'v1.20.0', rawValues: { pilot: { custom: true } } },
    });
  });

  it('creates a missing namespace before the dry run, since the Istio lives in it', async () => {
    await renderAtCreateUrl(<CreateEarlyIstioPage />);
    expect(screen.getByRole('combobox', { name: /^Namespace/ })).toHaveValue('istio-system');
    await screen.findByRole('button', { name: /^Version/ });
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await currentLocation();
    expect(mockCreate.mock.calls.map(([o]) => [o.model.kind, o.queryParams?.dryRun])).toEqual([
      ['Namespace', undefined],
      ['Istio', 'All'],
      ['Istio', undefined],
    ]);
  });

  it('asks for create permission in the chosen namespace', async () => {
    await renderAtCreateUrl(<CreateEarlyIstioPage namespace="team-a" />);
    expect(jest.mocked(useAccessReview)).toHaveBeenCalledWith({
      group: 'operator.istio.io',
      resource: 'istios',
      verb: 'create',
      namespace: 'team-a',
    });
  });
});
