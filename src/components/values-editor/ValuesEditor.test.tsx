import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { fakeMonaco } from '../../../__mocks__/sdk/editor';
import type { Diagnostic } from '../../domain/schema/types';
import { IstioModel } from '../../k8s/models';
import { smallIstioCrd } from './__fixtures__/smallIstioCrd';
import { MARKER_OWNER } from './monacoTypes';
import { ValuesEditor } from './ValuesEditor';
import type { ValuesEditorProps } from './types';

const mockWatch = jest.mocked(useK8sWatchResource);

const TYPO_AND_ENUMS = [
  'pilot:',
  '  autoscaleEnabeld: true',
  'meshConfig:',
  '  accessLogEncoding: XML',
  '  outboundTrafficPolicy:',
  '    mode: ALLOW_ANI',
  '',
].join('\n');

/** The editor with its text held in state, as a page would. */
const Harness = (props: Partial<ValuesEditorProps> & { initial?: string }) => {
  const [text, setText] = useState(props.initial ?? '');
  return (
    <ValuesEditor
      model={IstioModel}
      {...props}
      value={text}
      onChange={(next) => {
        setText(next);
        props.onChange?.(next);
      }}
    />
  );
};

/** What a strict dry-run reports for the misspelled key, placed by path only. */
const SERVER_UNKNOWN_KEY: Diagnostic = {
  path: 'pilot.autoscaleEnabeld',
  range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  severity: 'error',
  code: 'unknown-key',
  message: 'unknown field "spec.values.pilot.autoscaleEnabeld"',
  params: { key: 'autoscaleEnabeld', mode: 'strict', source: 'server' },
};

const hintItems = async () => {
  const list = await screen.findByRole('list', { name: 'Problems in the values' });
  return within(list).getAllByRole('listitem');
};

beforeEach(() => {
  fakeMonaco.reset();
  mockWatch.mockReturnValue([smallIstioCrd, true, undefined]);
});

describe('ValuesEditor hints', () => {
  it('lists errors first, then warnings, each in document order', async () => {
    render(<Harness initial={TYPO_AND_ENUMS} />);
    const items = await hintItems();
    expect(items.map((li) => li.getAttribute('aria-label'))).toEqual([
      'Error: meshConfig.accessLogEncoding: Unsupported value "XML": must be one of TEXT, JSON',
      'Error: meshConfig.outboundTrafficPolicy.mode: Unsupported value "ALLOW_ANI": must be one of REGISTRY_ONLY, ALLOW_ANY',
      'Warning: pilot.autoscaleEnabeld: Unknown field "autoscaleEnabeld": the API server silently drops it',
    ]);
    expect(within(items[2]).getByText('Did you mean "autoscaleEnabled"?')).toBeInTheDocument();
  });

  it('counts errors, warnings and notes in its header', async () => {
    render(<Harness initial={TYPO_AND_ENUMS} />);
    await hintItems();
    const counts = screen.getByRole('group', { name: 'Problem counts' });
    expect(counts).toHaveTextContent('Errors: 2');
    expect(counts).toHaveTextContent('Warnings: 1');
    expect(counts).toHaveTextContent('Notes: 0');
  });

  it('selects the problem in the editor when its path is chosen', async () => {
    render(<Harness initial={TYPO_AND_ENUMS} />);
    await hintItems();
    await userEvent.click(
      screen.getByRole('button', { name: 'Show pilot.autoscaleEnabeld at line 2 in the editor' }),
    );
    expect(fakeMonaco.lastEditor?.selections).toEqual([
      { startLineNumber: 2, startColumn: 3, endLineNumber: 2, endColumn: 19 },
    ]);
  });

  it('reports unknown keys as errors once the strict switch is on', async () => {
    render(<Harness initial={TYPO_AND_ENUMS} />);
    await hintItems();
    await userEvent.click(screen.getByRole('switch', { name: /Strict: unknown keys are errors/ }));
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Problem counts' })).toHaveTextContent('Errors: 3'),
    );
    const items = await hintItems();
    expect(items[0]).toHaveAccessibleName(
      'Error: pilot.autoscaleEnabeld: Unknown field "autoscaleEnabeld": the API server rejects it with strict field validation',
    );
  });

  it('applies a "did you mean" to the document', async () => {
    const onChange = jest.fn();
    render(<Harness initial={TYPO_AND_ENUMS} onChange={onChange} />);
    await hintItems();
    await userEvent.click(screen.getByRole('button', { name: 'Use "autoscaleEnabled"' }));
    expect(onChange).toHaveBeenLastCalledWith(
      TYPO_AND_ENUMS.replace('autoscaleEnabeld', 'autoscaleEnabled'),
    );
    await waitFor(() => expect(screen.queryByText(/autoscaleEnabeld/)).not.toBeInTheDocument());
  });

  it('says no problems were found for valid values', async () => {
    render(<Harness initial={'pilot:\n  autoscaleEnabled: false\n'} />);
    expect(await screen.findByText('No problems found')).toBeInTheDocument();
  });

  it('reports the client diagnostics to the page', async () => {
    const onDiagnostics = jest.fn();
    render(<Harness initial={TYPO_AND_ENUMS} onDiagnostics={onDiagnostics} />);
    await waitFor(() => expect(onDiagnostics).toHaveBeenLastCalledWith(expect.any(Array)));
    await waitFor(() => expect(onDiagnostics.mock.lastCall?.[0]).toHaveLength(3));
  });

  it('shows server findings on their keys and drops them once the key is gone', async () => {
    render(<Harness initial={TYPO_AND_ENUMS} externalDiagnostics={[SERVER_UNKNOWN_KEY]} />);
    const items = await hintItems();
    expect(items.map((li) => li.getAttribute('aria-label'))).toContain(
      'Error: pilot.autoscaleEnabeld: The API server rejects the unknown field "autoscaleEnabeld"',
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Use "autoscaleEnabled"' }));
    await waitFor(() =>
      expect(screen.queryByText(/rejects the unknown field/)).not.toBeInTheDocument(),
    );
  });

  it('shows one hint when the server and the editor report the same unknown key', async () => {
    render(
      <Harness
        initial={TYPO_AND_ENUMS}
        defaultUnknownKeys="strict"
        externalDiagnostics={[SERVER_UNKNOWN_KEY]}
      />,
    );
    // Wait for the editor's own (debounced) findings to join the server's.
    await waitFor(async () => expect(await hintItems()).toHaveLength(3));
    const aboutTypo = (await hintItems()).filter((li) =>
      li.getAttribute('aria-label')?.startsWith('Error: pilot.autoscaleEnabeld:'),
    );
    expect(aboutTypo).toHaveLength(1);
  });
});

describe('ValuesEditor without a schema', () => {
  it('still edits and says why hints are unavailable when the CRD cannot be read', async () => {
    mockWatch.mockReturnValue([
      undefined,
      true,
      { code: 403, message: 'forbidden' },
    ] as unknown as ReturnType<typeof useK8sWatchResource>);
    const onChange = jest.fn();
    render(<Harness initial="pilot: {}" onChange={onChange} />);
    expect(screen.getByText('Schema hints are unavailable')).toBeInTheDocument();
    expect(
      screen.getByText(
        /You are not allowed to read the CustomResourceDefinition istios\.sailoperator\.io/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Hints are unavailable without the schema.')).toBeInTheDocument();
    await userEvent.type(await screen.findByTestId('code-editor'), 'x');
    expect(onChange).toHaveBeenLastCalledWith('pilot: {}x');
  });

  it('shows rawValues in a plain editor with a "not validated" banner', async () => {
    render(<Harness initial="anything: goes" field="rawValues" />);
    expect(screen.getByText('Raw values are not validated')).toBeInTheDocument();
    await screen.findByTestId('code-editor');
    expect(fakeMonaco.completionProviders).toHaveLength(0);
    expect(screen.queryByRole('tab', { name: /Hints/ })).not.toBeInTheDocument();
  });
});

describe('ValuesEditor and the editor', () => {
  type Provider = {
    provideCompletionItems: (model: unknown, position: unknown) => unknown;
  };
  type HoverProvider = { provideHover: (model: unknown, position: unknown) => unknown };

  it('disposes its completion and hover providers on unmount', async () => {
    const { unmount } = render(<Harness initial="" />);
    await waitFor(() => expect(fakeMonaco.completionProviders).toHaveLength(1));
    expect(fakeMonaco.hoverProviders).toHaveLength(1);
    unmount();
    expect(fakeMonaco.completionProviders.every((p) => p.disposed)).toBe(true);
    expect(fakeMonaco.hoverProviders.every((p) => p.disposed)).toBe(true);
  });

  it('sets markers under its own owner on its own model, and clears them on unmount', async () => {
    const { unmount } = render(<Harness initial={TYPO_AND_ENUMS} />);
    await hintItems();
    const uri = fakeMonaco.lastEditor?.getModel().uri.toString();
    expect(fakeMonaco.markersOf(MARKER_OWNER, uri)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ startLineNumber: 2, severity: 4, code: 'unknown-key' }),
        expect.objectContaining({ startLineNumber: 4, severity: 8, code: 'enum' }),
      ]),
    );
    expect(fakeMonaco.markersOf(MARKER_OWNER, 'inmemory://model/foreign')).toEqual([]);
    unmount();
    expect(fakeMonaco.markersOf(MARKER_OWNER, uri)).toEqual([]);
  });

  it('completes keys on its own model and answers nothing for another editor', async () => {
    render(<Harness initial={'pilot:\n  auto'} />);
    await waitFor(() => expect(fakeMonaco.completionProviders).toHaveLength(1));
    const provider = fakeMonaco.completionProviders[0].provider as Provider;
    const own = fakeMonaco.lastEditor?.getModel();
    const position = { lineNumber: 2, column: 7 };
    const list = provider.provideCompletionItems(own, position) as {
      suggestions: { label: { label: string; description: string }; insertText: string }[];
    };
    expect(list.suggestions.map((s) => s.label.label)).toContain('autoscaleEnabled');
    expect(list.suggestions.find((s) => s.label.label === 'autoscaleEnabled')).toMatchObject({
      label: { description: 'boolean' },
      insertText: 'autoscaleEnabled: ',
    });
    const foreign = fakeMonaco.foreignModel('pilot:\n  auto');
    expect(provider.provideCompletionItems(foreign, position)).toBeUndefined();
  });

  it('explains a key on hover with its path, type and description, as escaped markdown', async () => {
    render(<Harness initial={'meshConfig:\n  accessLogFile: /dev/stdout\n'} />);
    await waitFor(() => expect(fakeMonaco.hoverProviders).toHaveLength(1));
    const provider = fakeMonaco.hoverProviders[0].provider as HoverProvider;
    const hover = provider.provideHover(fakeMonaco.lastEditor?.getModel(), {
      lineNumber: 2,
      column: 5,
    }) as { contents: { value: string }[] };
    const markdown = hover.contents.map((c) => c.value).join('\n');
    expect(markdown).toContain('`meshConfig.accessLogFile` `string`');
    expect(markdown).toContain(
      'File address for the proxy access log \\(e\\.g\\. /dev/stdout\\)\\.',
    );
    expect(
      provider.provideHover(fakeMonaco.foreignModel('meshConfig: {}'), {
        lineNumber: 1,
        column: 2,
      }),
    ).toBeUndefined();
  });
});

describe('ValuesEditor explain panel', () => {
  it('finds a field by search and adds its keys under the existing parent', async () => {
    const onChange = jest.fn();
    render(<Harness initial={'meshConfig:\n  accessLogEncoding: JSON\n'} onChange={onChange} />);
    await screen.findByTestId('code-editor');
    await userEvent.click(screen.getByRole('tab', { name: 'Explain' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Search the values schema' }),
      'accessLogFile',
    );
    const matches = screen.getByRole('tree', { name: 'Matching fields' });
    await userEvent.click(within(matches).getByText('meshConfig.accessLogFile'));
    expect(screen.getByText(/File address for the proxy access log/)).toBeInTheDocument();
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Add to the values' }));
    });
    expect(onChange).toHaveBeenLastCalledWith(
      'meshConfig:\n  accessLogEncoding: JSON\n  accessLogFile: ',
    );
  });
});
