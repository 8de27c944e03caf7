import { useEffect, useState } from 'react';
import { diagnoseValues, type DiagnoseContext } from '../../domain/schema/diagnoseValues';
import type { Diagnostic, UnknownKeyMode } from '../../domain/schema/types';
import type { ValuesSchemaResult } from '../../domain/schema/valuesSchema';

/** Pause after the last keystroke before the document is checked again. */
export const DIAGNOSE_DELAY_MS = 250;

/**
 * Diagnostics of `text` against `schema`, recomputed DIAGNOSE_DELAY_MS after the last change so
 * typing stays smooth on the full Istio schema. Empty while there is no schema.
 */
export const useDiagnostics = (
  text: string,
  schema: ValuesSchemaResult | undefined,
  unknownKeys: UnknownKeyMode,
  spec: DiagnoseContext['spec'],
): Diagnostic[] => {
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);
  const specKey = JSON.stringify(spec ?? {});
  useEffect(() => {
    if (!schema?.values) {
      setDiagnostics([]);
      return undefined;
    }
    const timer = setTimeout(() => {
      const context: DiagnoseContext = { unknownKeys, spec: JSON.parse(specKey) };
      setDiagnostics(diagnoseValues(text, schema, context));
    }, DIAGNOSE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, schema, unknownKeys, specKey]);
  return diagnostics;
};
