import { locateValuesPath } from '../../domain/schema/locateValuesPath';
import type { Diagnostic } from '../../domain/schema/types';

/**
 * Server findings point at paths; after edits their ranges move. Each is placed again on its path
 * in the current text, and dropped once the path is gone (the user removed or renamed the key).
 */
export const relocateDiagnostics = (diagnostics: Diagnostic[], text: string): Diagnostic[] =>
  diagnostics.flatMap((d) => {
    if (d.path === '') return [d];
    const located = locateValuesPath(text, d.path);
    return located?.exact ? [{ ...d, range: located.range }] : [];
  });
