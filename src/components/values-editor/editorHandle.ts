import type { PathInsertion } from '../../domain/schema/insertPath';
import type { Position, Range } from '../../domain/schema/types';
import { toMonacoRange } from './monacoMapping';
import { MARKER_OWNER, type MonacoEditor } from './monacoTypes';

/** What the panels beside the editor may do to it. */
export type EditorHandle = {
  /** Selects a range, scrolls it into view and focuses the editor. */
  reveal: (range: Range) => void;
  /** Replaces a range with text, as an undoable edit. */
  replace: (range: Range, text: string) => void;
  /** Inserts text and puts the cursor where the insertion says. */
  insert: (insertion: PathInsertion) => void;
  moveTo: (position: Position) => void;
};

export const createEditorHandle = (editor: MonacoEditor): EditorHandle => {
  const moveTo = (position: Position) => {
    editor.setPosition({ lineNumber: position.line, column: position.column });
    editor.revealLineInCenter(position.line);
    editor.focus();
  };
  const edit = (range: Range, text: string) => {
    editor.pushUndoStop();
    editor.executeEdits(MARKER_OWNER, [
      { range: toMonacoRange(range), text, forceMoveMarkers: true },
    ]);
    editor.pushUndoStop();
  };
  return {
    reveal: (range) => {
      const target = toMonacoRange(range);
      editor.setSelection(target);
      editor.revealRangeInCenter(target);
      editor.focus();
    },
    replace: edit,
    insert: (insertion) => {
      edit({ start: insertion.at, end: insertion.at }, insertion.text);
      moveTo(insertion.cursor);
    },
    moveTo,
  };
};
