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

/**
 * Server findings the editor does not already show: a strict unknown key is usually found by
 * both, and one hint per problem is enough.
 */
export const serverOnlyDiagnostics = (server: Diagnostic[], client: Diagnostic[]): Diagnostic[] =>
  server.filter(
    (found) =>
      !client.some(
        (own) =>
          own.path === found.path && own.code === found.code && own.severity === found.severity,
      ),
  );
