import { useEffect } from 'react';
import type { Diagnostic } from '../../domain/schema/types';
import { toMarker } from './monacoMapping';
import { MARKER_OWNER, type Monaco, type MonacoEditor } from './monacoTypes';

export type ShownDiagnostic = { diagnostic: Diagnostic; text: string };

/** Shows diagnostics as markers on this editor's model only, under our own owner; cleared on unmount. */
export const useModelMarkers = (
  mounted: { editor: MonacoEditor; monaco: Monaco } | undefined,
  shown: ShownDiagnostic[],
  source: string,
): void => {
  useEffect(() => {
    if (!mounted) return undefined;
    const { editor, monaco } = mounted;
    const model = editor.getModel();
    if (!model) return undefined;
    const markers = shown.map(({ diagnostic, text }) => toMarker(monaco, diagnostic, text, source));
    monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
    return () => monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
  }, [mounted, shown, source]);
};
