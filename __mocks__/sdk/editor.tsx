import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { CodeEditorProps, CodeEditorRef } from '@openshift-console/dynamic-plugin-sdk';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';

/**
 * A stand-in for the console's CodeEditor: a textarea with a fake editor and a fake `monaco` that
 * record what a component registers (providers, markers, selections), so editor logic is testable
 * without Monaco. Tests read the records through `fakeMonaco`.
 */

type Disposable = { dispose: () => void; disposed: boolean };
type Registration<P> = Disposable & { language: string; provider: P };
type Marker = { owner: string; uri: string; markers: unknown[] };
type Range = {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
};

export type FakeModel = {
  uri: { toString: () => string };
  getValue: () => string;
  getOptions: () => { tabSize: number };
};

export type FakeEditor = {
  getModel: () => FakeModel;
  focus: () => void;
  setSelection: (range: Range) => void;
  setPosition: (position: { lineNumber: number; column: number }) => void;
  revealRangeInCenter: (range: Range) => void;
  revealLineInCenter: (line: number) => void;
  executeEdits: (source: string, edits: { range: Range; text: string }[]) => boolean;
  pushUndoStop: () => boolean;
  onDidChangeModel: (listener: () => void) => Disposable;
  selections: Range[];
  positions: { lineNumber: number; column: number }[];
};

type Registry = {
  completion: Registration<unknown>[];
  hover: Registration<unknown>[];
  markers: Marker[];
  editors: FakeEditor[];
};

const registry: Registry = { completion: [], hover: [], markers: [], editors: [] };
let modelCount = 0;

const disposable = <T extends object>(extra: T): T & Disposable => {
  const d = { ...extra, disposed: false, dispose: () => (d.disposed = true) };
  return d;
};

/** An offset into `text` for a 1-based line and column. */
const offsetOf = (text: string, line: number, column: number): number => {
  const lines = text.split('\n');
  const before = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  return Math.min(text.length, before + column - 1);
};

export const fakeMonacoApi = {
  MarkerSeverity: { Hint: 1, Info: 2, Warning: 4, Error: 8 },
  languages: {
    CompletionItemKind: { Property: 9, Value: 13, EnumMember: 16, Keyword: 17 },
    CompletionItemInsertTextRule: { KeepWhitespace: 1, InsertAsSnippet: 4 },
    CompletionItemTag: { Deprecated: 1 },
    registerCompletionItemProvider: (language: string, provider: unknown) => {
      const r = disposable({ language, provider });
      registry.completion.push(r);
      return r;
    },
    registerHoverProvider: (language: string, provider: unknown) => {
      const r = disposable({ language, provider });
      registry.hover.push(r);
      return r;
    },
  },
  editor: {
    setModelMarkers: (model: FakeModel, owner: string, markers: unknown[]) => {
      const uri = model.uri.toString();
      registry.markers = registry.markers.filter((m) => !(m.owner === owner && m.uri === uri));
      registry.markers.push({ owner, uri, markers });
    },
  },
};

/** What components registered with the fake monaco since the last `reset()`. */
export const fakeMonaco = {
  get completionProviders() {
    return registry.completion;
  },
  get hoverProviders() {
    return registry.hover;
  },
  markersOf: (owner: string, uri?: string): unknown[] =>
    registry.markers.find((m) => m.owner === owner && (uri === undefined || m.uri === uri))
      ?.markers ?? [],
  get lastEditor(): FakeEditor | undefined {
    return registry.editors[registry.editors.length - 1];
  },
  /** A model that belongs to some other editor on the page. */
  foreignModel: (text: string): FakeModel => ({
    uri: { toString: () => 'inmemory://model/foreign' },
    getValue: () => text,
    getOptions: () => ({ tabSize: 2 }),
  }),
  reset: () => {
    registry.completion = [];
    registry.hover = [];
    registry.markers = [];
    registry.editors = [];
  },
};

export const CodeEditor: typeof SDK.CodeEditor = forwardRef<CodeEditorRef, CodeEditorProps>(
  function CodeEditor({ value = '', onChange, onEditorDidMount, options }, ref) {
    const text = useRef(value);
    text.current = value;
    const onChangeRef = useRef(onChange);
    onChangeRef.current = onChange;
    const [mounted, setMounted] = useState<CodeEditorRef>();
    useImperativeHandle(ref, () => mounted as CodeEditorRef, [mounted]);

    useEffect(() => {
      modelCount += 1;
      const uri = `inmemory://model/${modelCount}`;
      const model: FakeModel = {
        uri: { toString: () => uri },
        getValue: () => text.current,
        getOptions: () => ({ tabSize: 2 }),
      };
      const editor: FakeEditor = {
        getModel: () => model,
        focus: () => undefined,
        selections: [],
        positions: [],
        setSelection: (range) => editor.selections.push(range),
        setPosition: (position) => editor.positions.push(position),
        revealRangeInCenter: () => undefined,
        revealLineInCenter: () => undefined,
        pushUndoStop: () => true,
        onDidChangeModel: () => disposable({}),
        executeEdits: (_source, edits) => {
          let next = text.current;
          for (const { range, text: inserted } of edits) {
            const start = offsetOf(next, range.startLineNumber, range.startColumn);
            const end = offsetOf(next, range.endLineNumber, range.endColumn);
            next = next.slice(0, start) + inserted + next.slice(end);
          }
          text.current = next;
          onChangeRef.current?.(next, {} as Parameters<NonNullable<typeof onChange>>[1]);
          return true;
        },
      };
      registry.editors.push(editor);
      const fake = { editor, monaco: fakeMonacoApi } as unknown as CodeEditorRef;
      setMounted(fake);
      onEditorDidMount?.(fake.editor, fake.monaco);
      // Mounts once, like Monaco.
    }, []);

    return (
      <textarea
        data-test="code-editor"
        aria-label={options?.ariaLabel ?? 'Code editor'}
        readOnly={options?.readOnly}
        value={value}
        onChange={(e) =>
          onChange?.(e.target.value, {} as Parameters<NonNullable<typeof onChange>>[1])
        }
      />
    );
  },
);
