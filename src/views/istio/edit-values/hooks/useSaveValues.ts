import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { k8sUpdate } from '@openshift-console/dynamic-plugin-sdk';
import { useCallback, useState } from 'react';
import { diagnosticsFromServerError } from '../../../../domain/schema/serverDiagnostics';
import type { Diagnostic } from '../../../../domain/schema/types';
import { parseValuesText } from '../valuesText';
import type { EditableIstio } from './useIstioResource';

export type ValuesField = 'values' | 'rawValues';
export type ValuesDrafts = Partial<Record<ValuesField, string>>;

export type SaveOutcome =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; resource: EditableIstio }
  /** A field's text is not a YAML mapping; nothing was sent. */
  | { status: 'unparsable'; field: ValuesField; error: string }
  /** Someone changed the resource since it was loaded (409). */
  | { status: 'conflict'; message: string }
  /** The dry-run refused the values; `diagnostics` are placed in each field's text. */
  | {
      status: 'invalid';
      message: string;
      diagnostics: Partial<Record<ValuesField, Diagnostic[]>>;
      other: string[];
    }
  | { status: 'failed'; message: string };

type ErrorLike = { code?: number; message?: string; json?: { code?: number; message?: string } };

const withDrafts = (
  base: EditableIstio,
  parsed: Partial<Record<ValuesField, Record<string, unknown> | undefined>>,
): EditableIstio => {
  const spec: Record<string, unknown> = { ...(base.spec ?? {}) };
  for (const [field, values] of Object.entries(parsed)) {
    if (values === undefined) delete spec[field];
    else spec[field] = values;
  }
  return { ...base, spec } as EditableIstio;
};

const outcomeOfError = (error: unknown, drafts: ValuesDrafts): SaveOutcome => {
  const e = (error ?? {}) as ErrorLike;
  const code = e.code ?? e.json?.code;
  const message = e.json?.message ?? e.message ?? String(error);
  if (code === 409) return { status: 'conflict', message };
  if (code === 400 || code === 422) {
    const status = e.json ?? { code, message };
    const diagnostics: Partial<Record<ValuesField, Diagnostic[]>> = {};
    let other: string[] | undefined;
    for (const [field, text] of Object.entries(drafts) as [ValuesField, string][]) {
      const found = diagnosticsFromServerError(status, text, field);
      diagnostics[field] = found.diagnostics;
      // Messages outside every edited field are the same for each field; keep those not placed.
      other = other ? other.filter((m) => found.other.includes(m)) : found.other;
    }
    return { status: 'invalid', message, diagnostics, other: other ?? [] };
  }
  return { status: 'failed', message };
};

/**
 * Saves edited values: a server dry-run with strict field validation first (so unknown keys are
 * refused instead of dropped), then the update itself, both against the resourceVersion the
 * draft started from so that a concurrent change is reported as a conflict.
 */
export const useSaveValues = (model: K8sModel) => {
  const [outcome, setOutcome] = useState<SaveOutcome>({ status: 'idle' });

  const save = useCallback(
    async (base: EditableIstio, drafts: ValuesDrafts): Promise<SaveOutcome> => {
      const parsed: Partial<Record<ValuesField, Record<string, unknown> | undefined>> = {};
      for (const [field, text] of Object.entries(drafts) as [ValuesField, string][]) {
        const result = parseValuesText(text);
        if (!result.ok) {
          const refused: SaveOutcome = { status: 'unparsable', field, error: result.error };
          setOutcome(refused);
          return refused;
        }
        parsed[field] = result.values;
      }
      const data = withDrafts(base, parsed);
      setOutcome({ status: 'saving' });
      let next: SaveOutcome;
      try {
        await k8sUpdate({ model, data, queryParams: { dryRun: 'All', fieldValidation: 'Strict' } });
        const resource = await k8sUpdate({
          model,
          data,
          queryParams: { fieldValidation: 'Strict' },
        });
        next = { status: 'saved', resource };
      } catch (error) {
        next = outcomeOfError(error, drafts);
      }
      setOutcome(next);
      return next;
    },
    [model],
  );
  const dismiss = useCallback(() => setOutcome({ status: 'idle' }), []);
  return { outcome, save, dismiss };
};
