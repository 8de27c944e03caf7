import type { CodeEditorRef } from '@openshift-console/dynamic-plugin-sdk';

/** The console's monaco namespace and editor, reached through the CodeEditor (never imported). */
export type Monaco = CodeEditorRef['monaco'];
export type MonacoEditor = CodeEditorRef['editor'];
export type MonacoModel = NonNullable<ReturnType<MonacoEditor['getModel']>>;
export type MonacoRange = {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
};

/** Markers set by this editor carry this owner, so nothing else's markers are touched. */
export const MARKER_OWNER = 'sail-console-plugin.values-editor';
