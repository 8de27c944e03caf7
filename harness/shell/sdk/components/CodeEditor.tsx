import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { CodeEditorRef } from '@openshift-console/dynamic-plugin-sdk';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { forwardRef, lazy, Suspense } from 'react';

const MonacoCodeEditor = lazy(() => import('./MonacoCodeEditor'));

const Loading = () => (
  <Bullseye>
    <Spinner size="lg" aria-label="Loading the editor" />
  </Bullseye>
);

/** The console's CodeEditor; monaco loads with the first editor on screen. */
export const CodeEditor: typeof SDK.CodeEditor = forwardRef<CodeEditorRef, SDK.CodeEditorProps>(
  function CodeEditor(props, ref) {
    return (
      <Suspense fallback={<Loading />}>
        <MonacoCodeEditor {...props} ref={ref} />
      </Suspense>
    );
  },
);

export const YAMLEditor: typeof SDK.YAMLEditor = forwardRef<CodeEditorRef, SDK.CodeEditorProps>(
  function YAMLEditor(props, ref) {
    return (
      <CodeEditor
        {...props}
        language={props.language ?? ('yaml' as SDK.CodeEditorProps['language'])}
        ref={ref}
      />
    );
  },
);
