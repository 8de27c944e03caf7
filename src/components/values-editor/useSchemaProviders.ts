import { useEffect, useRef } from 'react';
import { completionsAt } from '../../domain/schema/completion';
import { hoverAt } from '../../domain/schema/hover';
import type { JSONSchemaProps } from '../../k8s/types';
import { toCompletionList, toHover, type HoverLabels } from './monacoMapping';
import type { Monaco, MonacoEditor, MonacoModel } from './monacoTypes';

type Mounted = { editor: MonacoEditor; monaco: Monaco };

/**
 * Completion and hover for YAML, answered only for this editor's own model (Monaco providers are
 * global per language, and the console has other YAML editors). Disposed on unmount. The schema
 * and labels are read at call time, so providers are registered once per mounted editor.
 */
export const useSchemaProviders = (
  mounted: Mounted | undefined,
  schema: JSONSchemaProps | undefined,
  labels: HoverLabels,
): void => {
  const schemaRef = useRef(schema);
  schemaRef.current = schema;
  const labelsRef = useRef(labels);
  labelsRef.current = labels;

  useEffect(() => {
    if (!mounted) return undefined;
    const { editor, monaco } = mounted;
    const ownSchema = (model: MonacoModel): JSONSchemaProps | undefined => {
      const own = editor.getModel();
      if (!own || model.uri.toString() !== own.uri.toString()) return undefined;
      return schemaRef.current;
    };
    const completion = monaco.languages.registerCompletionItemProvider('yaml', {
      triggerCharacters: [':'],
      provideCompletionItems: (model, position) => {
        const schema = ownSchema(model);
        if (!schema) return undefined;
        const at = { line: position.lineNumber, column: position.column };
        const options = { tabSize: model.getOptions().tabSize };
        return toCompletionList(monaco, completionsAt(model.getValue(), at, schema, options));
      },
    });
    const hover = monaco.languages.registerHoverProvider('yaml', {
      provideHover: (model, position) => {
        const schema = ownSchema(model);
        if (!schema) return undefined;
        const at = { line: position.lineNumber, column: position.column };
        const info = hoverAt(model.getValue(), at, schema, { tabSize: model.getOptions().tabSize });
        return info ? toHover(info, labelsRef.current) : undefined;
      },
    });
    return () => {
      completion.dispose();
      hover.dispose();
    };
  }, [mounted]);
};
