import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { CodeEditorRef } from '@openshift-console/dynamic-plugin-sdk';
import { CodeEditor as PfCodeEditor } from '@patternfly/react-code-editor';
import type { ComponentProps } from 'react';
import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import { themeStore } from '../../app/theme';
import { setUpMonaco } from '../../monaco';
import { useStore } from '../store';

setUpMonaco();

type MountHandler = NonNullable<ComponentProps<typeof PfCodeEditor>['onEditorDidMount']>;

/**
 * PatternFly's CodeEditor on the real monaco-editor, following the console theme; its ref
 * exposes { editor, monaco } once monaco has mounted. Loaded on demand (monaco is large).
 */
const MonacoCodeEditor = forwardRef<CodeEditorRef, SDK.CodeEditorProps>(function MonacoCodeEditor(
  {
    value,
    minHeight,
    onSave,
    showShortcuts,
    toolbarLinks,
    onEditorDidMount,
    options,
    isCopyEnabled = true,
    isLanguageLabelVisible = true,
    shortcutsPopoverProps,
    height,
    ...rest
  },
  ref,
) {
  const theme = useStore(themeStore);
  const [mounted, setMounted] = useState<CodeEditorRef>();
  const onSaveRef = useRef(onSave);
  onSaveRef.current = onSave;
  useImperativeHandle(ref, () => mounted as CodeEditorRef, [mounted]);

  const handleMount: MountHandler = (editor, monaco) => {
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => onSaveRef.current?.());
    setMounted({ editor, monaco } as CodeEditorRef);
    onEditorDidMount?.(editor, monaco);
  };

  return (
    <div
      className="sail-harness-code-editor"
      style={{ minHeight: minHeight as string | undefined }}
    >
      <PfCodeEditor
        {...rest}
        code={value}
        height={height ?? (minHeight as string | undefined) ?? '400px'}
        isDarkTheme={theme === 'dark'}
        isCopyEnabled={isCopyEnabled}
        isLanguageLabelVisible={isLanguageLabelVisible}
        shortcutsPopoverProps={
          showShortcuts
            ? { bodyContent: 'Ctrl+S / Cmd+S: save', ...shortcutsPopoverProps }
            : undefined
        }
        customControls={toolbarLinks}
        options={{ scrollBeyondLastLine: false, automaticLayout: true, ...options }}
        onEditorDidMount={handleMount}
      />
    </div>
  );
});

export default MonacoCodeEditor;
