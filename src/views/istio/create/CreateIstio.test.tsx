import { k8sCreate, useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sailIstioCrd } from './createIstio.fixtures';
import CreateIstioPage from './CreateIstioPage';
import { currentLocation, renderAtCreateUrl, stubCluster } from './testSetup';
import { VIEW_STORAGE_KEY } from './viewPreference';

const mockCreate = jest.mocked(k8sCreate);

const statusError = (code: number, json: Record<string, unknown>) =>
  Object.assign(new Error(String(json.message)), { code, json });

const openVersions = async () => {
  await userEvent.click(screen.getByRole('button', { name: /^Version/ }));
  return screen.findAllByRole('option');
};

beforeEach(() => {
  jest.clearAllMocks();
  window.localStorage.clear();
  jest.mocked(useAccessReview).mockReturnValue([true, false]);
  jest.mocked(useFlag).mockReturnValue(false);
  mockCreate.mockImplementation(async ({ data }) => data);
  stubCluster({ crd: sailIstioCrd() });
});

describe('the version field', () => {
  it('preselects the newest supported stable release', async () => {
    await renderAtCreateUrl(<CreateIstioPage />);
    expect(await screen.findByRole('button', { name: /^Version/ })).toHaveTextContent('v1.30.3');
  });

  it('groups the versions and refuses end-of-life ones', async () => {
    await renderAtCreateUrl(<CreateIstioPage />);
    await openVersions();
    const group = (name: string) => screen.getByRole('listbox', { name });
    expect(
      within(group('Releases'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      expect.stringContaining('v1.30.3'),
      expect.stringMatching(/v1\.30\.2.*CRD default/),
    ]);
    expect(
      within(group('Aliases (follow the newest patch)')).getByRole('option'),
    ).toHaveTextContent('Resolves to v1.30.3');
    const preReleases = within(group('Pre-releases')).getAllByRole('option');
    expect(preReleases.every((o) => o.textContent?.includes('Pre-release'))).toBe(true);
    const eol = within(group('End of life')).getByRole('option', { name: /v1\.28\.10/ });
    expect(eol).toBeDisabled();
    expect(eol).toHaveTextContent('cannot be chosen');
    await userEvent.click(eol);
    expect(screen.getByRole('button', { name: /^Version/ })).toHaveTextContent('v1.30.3');
  });

  it('says support is unknown instead of guessing when the cluster publishes no list', async () => {
    stubCluster({ crd: sailIstioCrd({ withSupportList: false }) });
    await renderAtCreateUrl(<CreateIstioPage />);
    expect(await screen.findByText(/support for v1\.30\.2 is unknown/)).toBeInTheDocument();
    await openVersions();
    expect(screen.queryByRole('listbox', { name: 'End of life' })).not.toBeInTheDocument();
  });

  it('shows placeholders for version and profile while the CRD loads', async () => {
    stubCluster({ crdLoading: true });
    await renderAtCreateUrl(<CreateIstioPage />);
    expect(screen.getByText('Loading versions')).toBeInTheDocument();
    expect(screen.getByText('Loading profiles')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Version/ })).not.toBeInTheDocument();
  });

  it('becomes a text field with a notice when the CRD cannot be read', async () => {
    stubCluster({ crdError: new Error('forbidden') });
    await renderAtCreateUrl(<CreateIstioPage />);
    expect(
      screen.getByText(
        'The list of versions could not be read from the cluster; type the version name.',
      ),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Version' }), 'v1.30.3');
    expect(screen.getByRole('textbox', { name: 'Version' })).toHaveValue('v1.30.3');
  });
});

describe('creating', () => {
  it('dry-runs strictly, creates, then opens the details page', async () => {
    await renderAtCreateUrl(<CreateIstioPage />);
    await screen.findByRole('button', { name: /^Version/ });
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await currentLocation()).toHaveTextContent(
      '/k8s/cluster/sailoperator.io~v1~Istio/default',
    );
    expect(mockCreate.mock.calls.map(([options]) => options.queryParams)).toEqual([
      { dryRun: 'All', fieldValidation: 'Strict' },
      { fieldValidation: 'Strict' },
    ]);
    expect(mockCreate.mock.calls[1][0].data).toEqual({
      apiVersion: 'sailoperator.io/v1',
      kind: 'Istio',
      metadata: { name: 'default' },
      spec: { namespace: 'istio-system', updateStrategy: { type: 'InPlace' }, version: 'v1.30.3' },
    });
  });

  it('shows AlreadyExists next to the name, creates nothing and keeps the draft', async () => {
    mockCreate.mockRejectedValueOnce(
      statusError(409, {
        kind: 'Status',
        code: 409,
        reason: 'AlreadyExists',
        message: 'istios.sailoperator.io "mesh" already exists',
      }),
    );
    await renderAtCreateUrl(<CreateIstioPage />);
    const name = screen.getByRole('textbox', { name: /^Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'mesh');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('An Istio with this name already exists')).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription(expect.stringContaining('"mesh" already exists'));
    expect(name).toHaveValue('mesh');
    expect(mockCreate).toHaveBeenCalledTimes(1);
  });

  it('puts a 422 cause on spec.version next to the version field', async () => {
    mockCreate.mockRejectedValueOnce(
      statusError(422, {
        kind: 'Status',
        code: 422,
        reason: 'Invalid',
        message: 'Istio "default" is invalid',
        details: {
          causes: [
            {
              reason: 'FieldValueNotSupported',
              field: 'spec.version',
              message: 'Unsupported value: "v1.30.3"',
            },
          ],
        },
      }),
    );
    await renderAtCreateUrl(<CreateIstioPage />);
    await screen.findByRole('button', { name: /^Version/ });
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Unsupported value: "v1.30.3"')).toBeInTheDocument();
    expect(screen.getByText('The server rejected some fields')).toBeInTheDocument();
  });

  it('shows an unknown values key from the strict dry run in the values editor', async () => {
    mockCreate.mockRejectedValueOnce(
      statusError(400, {
        kind: 'Status',
        code: 400,
        reason: 'BadRequest',
        message:
          'Istio in version "v1" cannot be handled as a Istio: strict decoding error: unknown field "spec.values.pilot.autoscaleMin"',
      }),
    );
    await renderAtCreateUrl(<CreateIstioPage />);
    await screen.findByRole('button', { name: /^Version/ });
    const values = within(document.getElementById('istio-values') as HTMLElement);
    fireEvent.change(values.getAllByRole('textbox')[0], {
      target: { value: 'pilot:\n  autoscaleMin: 1\n' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('The server does not know some fields')).toBeInTheDocument();
    expect(
      values.getAllByText('The API server rejects the unknown field "autoscaleMin"').length,
    ).toBeGreaterThan(0);
    expect(mockCreate).toHaveBeenCalledTimes(1);
  });

  it('refuses to send a name that is not a DNS-1123 label', async () => {
    await renderAtCreateUrl(<CreateIstioPage />);
    const name = screen.getByRole('textbox', { name: /^Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'Mesh_1');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('lowercase letters'));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(mockCreate).not.toHaveBeenCalled();
  });

  it('creates a missing control plane namespace first when asked to', async () => {
    stubCluster({ crd: sailIstioCrd(), namespaces: ['default'] });
    await renderAtCreateUrl(<CreateIstioPage />);
    expect(
      await screen.findByText('Namespace istio-system does not exist yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Create namespace istio-system first' }),
    ).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await currentLocation();
    expect(mockCreate.mock.calls.map(([o]) => [o.model.kind, o.queryParams?.dryRun])).toEqual([
      ['Istio', 'All'],
      ['Namespace', undefined],
      ['Istio', undefined],
    ]);
  });

  it('does not offer to create a namespace to a user who may not create one', async () => {
    stubCluster({ crd: sailIstioCrd(), namespaces: ['default'] });
    jest
      .mocked(useAccessReview)
      .mockImplementation(({ resource }) => [resource !== 'namespaces', false]);
    await renderAtCreateUrl(<CreateIstioPage />);
    expect(
      await screen.findByText(
        'Namespace istio-system does not exist, and you may not create namespaces: choose an existing one or ask a cluster admin to create it.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Create namespace/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await currentLocation();
    expect(mockCreate.mock.calls.map(([o]) => o.model.kind)).not.toContain('Namespace');
  });

  it('says so and disables Create without permission to create Istio resources', async () => {
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    await renderAtCreateUrl(<CreateIstioPage />);
    expect(
      screen.getByText('You do not have permission to create Istio resources.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create' })).toBeDisabled();
    expect(jest.mocked(useAccessReview)).toHaveBeenCalledWith(
      expect.objectContaining({ group: 'sailoperator.io', resource: 'istios', verb: 'create' }),
    );
  });
});

describe('the profile field', () => {
  it('explains each profile and warns about ambient on OpenShift', async () => {
    jest.mocked(useFlag).mockReturnValue(true);
    await renderAtCreateUrl(<CreateIstioPage />);
    await userEvent.click(screen.getByRole('button', { name: /^Profile/ }));
    expect(screen.getByRole('option', { name: /demo/ })).toHaveTextContent('not for production');
    await userEvent.click(screen.getByRole('option', { name: /^ambient/ }));
    expect(screen.getByText(/Use openshift-ambient instead/)).toBeInTheDocument();
  });
});

describe('the YAML view', () => {
  it('blocks the switch back to the form while the YAML is invalid, keeping the text', async () => {
    await renderAtCreateUrl(<CreateIstioPage />);
    await userEvent.click(screen.getByRole('radio', { name: 'YAML view' }));
    const editor = within(screen.getByRole('group', { name: 'Istio YAML' })).getByRole('textbox');
    await userEvent.clear(editor);
    await userEvent.type(editor, 'metadata: {{name: x');
    await userEvent.click(screen.getByRole('radio', { name: 'Form view' }));
    expect(screen.getByText('Fix the problems below to switch views')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'YAML view' })).toBeChecked();
    expect(editor).toHaveValue('metadata: {name: x');
  });

  it('remembers the chosen view for the next visit', async () => {
    const { unmount } = await renderAtCreateUrl(<CreateIstioPage />);
    await userEvent.click(screen.getByRole('radio', { name: 'YAML view' }));
    expect(window.localStorage.getItem(VIEW_STORAGE_KEY)).toBe('yaml');
    unmount();
    await renderAtCreateUrl(<CreateIstioPage />);
    expect(screen.getByRole('radio', { name: 'YAML view' })).toBeChecked();
  });
});
