import { Alert, Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import { useCallback, useEffect, useMemo, useRef, useState, type FC } from 'react';
import type { ExplainNode } from '../../domain/schema/explainSchema';
import { planPathInsertion } from '../../domain/schema/insertPath';
import type { Diagnostic, UnknownKeyMode } from '../../domain/schema/types';
import { useSailTranslation } from '../../utils/useSailTranslation';
import type { EditorHandle } from './editorHandle';
import { ExplainPanel } from './ExplainPanel';
import { orderHints } from './hintOrder';
import { HintsPanel } from './HintsPanel';
import { LazyMonacoValuesEditor } from './LazyMonacoValuesEditor';
import { relocateDiagnostics, serverOnlyDiagnostics } from './relocateDiagnostics';
import { suggestionEdit } from './suggestionEdit';
import type { ValuesEditorProps } from './types';
import type { ShownDiagnostic } from './useModelMarkers';
import { useDiagnosticText } from './useDiagnosticText';
import { useDiagnostics } from './useDiagnostics';
import { useSchemaAvailability } from './useSchemaAvailability';
import './values-editor.css';

const NO_DIAGNOSTICS: Diagnostic[] = [];
const NO_SHOWN: ShownDiagnostic[] = [];

/**
 * The schema-aware editor for Helm values: completion, hover and markers in the editor, a hints
 * panel and an explain panel beside it. Without the schema it is a plain YAML editor with a notice.
 */
export const ValuesEditor: FC<ValuesEditorProps> = (props) => {
  const { t } = useSailTranslation();
  if (props.field === 'rawValues') {
    return (
      <div id={props.id} className="sail-values-editor">
        <Alert
          variant="info"
          isInline
          title={t('Raw values are not validated')}
          className="sail-values-editor__notice"
        >
          {t(
            'The API server accepts anything under rawValues and the operator passes it to Helm as written: nothing here is checked, and mistakes only show when the control plane is installed.',
          )}
        </Alert>
        <LazyMonacoValuesEditor
          value={props.value}
          onChange={props.onChange}
          plain
          shown={NO_SHOWN}
          onReady={() => undefined}
          readOnly={props.readOnly}
          height={props.height ?? '400px'}
          ariaLabel={props.ariaLabel ?? t('Raw Helm values (YAML)')}
        />
      </div>
    );
  }
  return <SchemaValuesEditor {...props} />;
};

const SchemaValuesEditor: FC<ValuesEditorProps> = ({
  id,
  value,
  onChange,
  model,
  specContext,
  readOnly,
  externalDiagnostics = NO_DIAGNOSTICS,
  onDiagnostics,
  height = '400px',
  defaultUnknownKeys = 'warn',
  ariaLabel,
}) => {
  const { t } = useSailTranslation();
  const availability = useSchemaAvailability(model);
  const schema = availability.state === 'ready' ? availability.schema : undefined;
  const [unknownKeys, setUnknownKeys] = useState<UnknownKeyMode>(defaultUnknownKeys);
  const [activeTab, setActiveTab] = useState<string | number>('hints');
  const handle = useRef<EditorHandle>();
  const textOf = useDiagnosticText();

  const client = useDiagnostics(value, schema, unknownKeys, specContext);
  const onDiagnosticsRef = useRef(onDiagnostics);
  onDiagnosticsRef.current = onDiagnostics;
  useEffect(() => onDiagnosticsRef.current?.(client), [client]);

  const shown = useMemo(() => {
    const server = serverOnlyDiagnostics(relocateDiagnostics(externalDiagnostics, value), client);
    return orderHints([...server, ...client]).map((diagnostic) => ({
      diagnostic,
      text: textOf(diagnostic),
    }));
  }, [client, externalDiagnostics, value, textOf]);

  const onReady = useCallback((editor: EditorHandle) => (handle.current = editor), []);
  const reveal = useCallback((d: Diagnostic) => handle.current?.reveal(d.range), []);
  const apply = useCallback((d: Diagnostic) => {
    const edit = suggestionEdit(d);
    if (edit) handle.current?.replace(edit.range, edit.text);
  }, []);

  const insert = (node: ExplainNode): string | undefined => {
    if (!schema?.values) return undefined;
    const plan = planPathInsertion(value, node.path, schema.values);
    if (plan.kind === 'insert') handle.current?.insert(plan.insertion);
    if (plan.kind === 'present') handle.current?.moveTo(plan.cursor);
    if (plan.kind === 'blocked') {
      return t(
        '{{path}} is written as a single value or an inline mapping here; add {{field}} by hand.',
        {
          path: plan.path,
          field: node.path,
        },
      );
    }
    return undefined;
  };

  return (
    <div id={id} className="sail-values-editor">
      {availability.state === 'unavailable' && (
        <Alert
          variant="warning"
          isInline
          isPlain
          title={t('Schema hints are unavailable')}
          className="sail-values-editor__notice"
        >
          {availability.reason}{' '}
          {t('You can still edit the values; the API server checks them when you save.')}
        </Alert>
      )}
      <div className="sail-values-editor__layout">
        <div className="sail-values-editor__main">
          <LazyMonacoValuesEditor
            value={value}
            onChange={onChange}
            schema={schema?.values}
            shown={shown}
            onReady={onReady}
            readOnly={readOnly}
            height={height}
            ariaLabel={ariaLabel ?? t('Helm values (YAML)')}
          />
        </div>
        <aside className="sail-values-editor__side" aria-label={t('Values assistance')}>
          <Tabs activeKey={activeTab} onSelect={(_event, key) => setActiveTab(key)} isBox>
            <Tab
              eventKey="hints"
              title={<TabTitleText>{t('Hints ({{n}})', { n: shown.length })}</TabTitleText>}
            >
              <HintsPanel
                availability={availability.state}
                hints={shown}
                unknownKeys={unknownKeys}
                onUnknownKeysChange={setUnknownKeys}
                onReveal={reveal}
                onApply={readOnly ? undefined : apply}
              />
            </Tab>
            <Tab eventKey="explain" title={<TabTitleText>{t('Explain')}</TabTitleText>}>
              <ExplainPanel schema={schema?.values} onInsert={readOnly ? undefined : insert} />
            </Tab>
          </Tabs>
        </aside>
      </div>
    </div>
  );
};
