import type { CodeEditorProps } from '@openshift-console/dynamic-plugin-sdk';
import { CodeEditor } from '@openshift-console/dynamic-plugin-sdk';
import { useCallback, useMemo, useState, type FC } from 'react';
import type { JSONSchemaProps } from '../../k8s/types';
import { useSailTranslation } from '../../utils/useSailTranslation';
import { createEditorHandle, type EditorHandle } from './editorHandle';
import type { Monaco, MonacoEditor } from './monacoTypes';
import { useModelMarkers, type ShownDiagnostic } from './useModelMarkers';
import { useSchemaProviders } from './useSchemaProviders';

export type MonacoValuesEditorProps = {
  value: string;
  onChange: (text: string) => void;
  /** Undefined: no completion or hover until a schema arrives. */
  schema?: JSONSchemaProps;
  /** A plain YAML editor: no providers and no markers at all. */
  plain?: boolean;
  shown: ShownDiagnostic[];
  onReady: (handle: EditorHandle) => void;
  readOnly?: boolean;
  height?: string;
  ariaLabel: string;
};

// The SDK types `language` with PatternFly's enum; importing it would pull Monaco into the bundle.
const YAML = 'yaml' as CodeEditorProps['language'];

/** The console's CodeEditor with our completion, hover and markers wired through its `monaco`. */
const MonacoValuesEditor: FC<MonacoValuesEditorProps> = ({
  value,
  onChange,
  schema,
  plain,
  shown,
  onReady,
  readOnly,
  height,
  ariaLabel,
}) => {
  const { t } = useSailTranslation();
  const [mounted, setMounted] = useState<{ editor: MonacoEditor; monaco: Monaco }>();
  const labels = useMemo(
    () => ({ deprecated: t('Deprecated'), allowed: t('Allowed values'), default: t('Default') }),
    [t],
  );
  const assisted = plain ? undefined : mounted;
  useSchemaProviders(assisted, schema, labels);
  useModelMarkers(assisted, shown, t('Istio values schema'));

  // The mount callback hands over the same { editor, monaco } the CodeEditor ref exposes, at once.
  const handleMount = useCallback(
    (editor: MonacoEditor, monaco: Monaco) => {
      setMounted({ editor, monaco });
      onReady(createEditorHandle(editor));
    },
    [onReady],
  );
  const options = useMemo(
    () => ({ readOnly: !!readOnly, ariaLabel, tabSize: 2, quickSuggestions: true }),
    [readOnly, ariaLabel],
  );

  return (
    <CodeEditor
      value={value}
      language={YAML}
      onChange={(text: string) => onChange(text)}
      onEditorDidMount={handleMount}
      options={options}
      minHeight={height}
      height={height}
      // The console's editor fills its parent by default; ours sits in a grid with no fixed height.
      isFullHeight={false}
      isMinimapVisible={false}
    />
  );
};

export default MonacoValuesEditor;
