import * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { fakeMonaco } from '../../../../__mocks__/sdk/editor';
import { smallIstioCrd } from '../../../components/values-editor/__fixtures__/smallIstioCrd';
import type { Istio } from '../../../k8s/types';
import { EditIstioValuesPage } from './EditValuesPage';

jest.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  ...jest.requireActual('@openshift-console/dynamic-plugin-sdk'),
  k8sUpdate: jest.fn(),
  useAccessReview: jest.fn(() => [true, false]),
}));

const mockWatch = jest.mocked(SDK.useK8sWatchResource);
const mockUpdate = jest.mocked(SDK.k8sUpdate);
const mockAccess = jest.mocked(SDK.useAccessReview);

const istio = (resourceVersion: string, values: Record<string, unknown>): Istio => ({
  apiVersion: 'sailoperator.io/v1',
  kind: 'Istio',
  metadata: { name: 'default', resourceVersion },
  spec: { version: 'v1.26.0', namespace: 'istio-system', values },
});

let current: Istio;

const httpError = (code: number, json: unknown) =>
  Object.assign(new Error((json as { message?: string }).message), { code, json });

const page = () => (
  <MemoryRouter initialEntries={['/service-mesh/istio/default/values']}>
    <Routes>
      <Route path="/service-mesh/istio/:name/values" element={<EditIstioValuesPage />} />
      <Route path="/k8s/cluster/:ref/:name" element={<p>Details page</p>} />
    </Routes>
  </MemoryRouter>
);

const renderPage = () => render(page());

/** Replaces the editor text at once, as a paste would. */
const typeInto = async (text: string) =>
  fireEvent.change(await editor(), { target: { value: text } });

const editor = () => screen.findByTestId('code-editor');

jest.setTimeout(15_000);

beforeEach(() => {
  fakeMonaco.reset();
  mockUpdate.mockReset();
  mockAccess.mockReturnValue([true, false]);
  current = istio('1', { pilot: { autoscaleEnabled: false } });
  mockWatch.mockImplementation(((resource: { groupVersionKind?: { kind: string } }) =>
    resource.groupVersionKind?.kind === 'CustomResourceDefinition'
      ? [smallIstioCrd, true, undefined]
      : [current, true, undefined]) as unknown as typeof SDK.useK8sWatchResource);
});

describe('Edit values page', () => {
  it("loads the Istio's current spec.values as YAML", async () => {
    renderPage();
    expect(await editor()).toHaveValue('pilot:\n  autoscaleEnabled: false\n');
    expect(screen.getByRole('heading', { name: 'Edit values of default' })).toBeInTheDocument();
  });

  it('dry-runs with strict field validation, then saves and returns to the details page', async () => {
    mockUpdate.mockImplementation(async ({ data }) => data);
    renderPage();
    await typeInto('pilot:\n  autoscaleEnabled: false\n  autoscaleMax: 3\n');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Details page')).toBeInTheDocument();
    expect(mockUpdate.mock.calls.map(([options]) => options.queryParams)).toEqual([
      { dryRun: 'All', fieldValidation: 'Strict' },
      { fieldValidation: 'Strict' },
    ]);
    expect(mockUpdate.mock.calls[1][0].data).toMatchObject({
      metadata: { resourceVersion: '1' },
      spec: { version: 'v1.26.0', values: { pilot: { autoscaleEnabled: false, autoscaleMax: 3 } } },
    });
  });

  it('shows the fields a dry-run refuses inline and saves nothing', async () => {
    // A limit only the server knows: the editor finds nothing wrong with these values.
    mockUpdate.mockRejectedValueOnce(
      httpError(422, {
        code: 422,
        reason: 'Invalid',
        message: 'Istio.sailoperator.io "default" is invalid: spec.values.pilot.autoscaleMax',
        details: {
          causes: [
            {
              reason: 'FieldValueInvalid',
              field: 'spec.values.pilot.autoscaleMax',
              message: 'Invalid value: 500: must be at most 100',
            },
          ],
        },
      }),
    );
    current = istio('1', { pilot: { autoscaleMax: 500 } });
    renderPage();
    await editor();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The API server refused these values')).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Problems in the values' });
    expect(
      within(list).getByRole('listitem', {
        name: 'Error: pilot.autoscaleMax: Rejected by the API server: Invalid value: 500: must be at most 100',
      }),
    ).toBeInTheDocument();
    expect(mockUpdate).toHaveBeenCalledTimes(1);
  });

  it('keeps the draft on a conflict and saves it on top of the reloaded version', async () => {
    mockUpdate.mockRejectedValueOnce(
      httpError(409, { code: 409, reason: 'Conflict', message: 'the object has been modified' }),
    );
    const { rerender } = renderPage();
    await typeInto('pilot:\n  autoscaleEnabled: false\n  autoscaleMax: 5\n');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This Istio changed since you opened it')).toBeInTheDocument();
    const draft = 'pilot:\n  autoscaleEnabled: false\n  autoscaleMax: 5\n';
    expect(await editor()).toHaveValue(draft);

    // The watch delivers the version someone else saved.
    current = istio('2', { pilot: { autoscaleEnabled: true } });
    rerender(page());
    mockUpdate.mockImplementation(async ({ data }) => data);
    await userEvent.click(
      screen.getByRole('button', { name: 'Reload the latest version and keep my changes' }),
    );
    expect(await editor()).toHaveValue(draft);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Details page');
    expect(mockUpdate.mock.lastCall?.[0].data.metadata?.resourceVersion).toBe('2');
  });

  it('is read-only with a message when the user may not update the Istio', async () => {
    mockAccess.mockReturnValue([false, false]);
    renderPage();
    expect(await screen.findByText('You cannot change these values')).toBeInTheDocument();
    expect(await editor()).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});
