import { parseDocument, stringify } from 'yaml';

/** The YAML the editor starts from: '' when the resource sets nothing. */
export const valuesToText = (values: unknown): string =>
  values === undefined ||
  values === null ||
  (typeof values === 'object' && Object.keys(values as object).length === 0)
    ? ''
    : stringify(values);

export type ParsedValues =
  { ok: true; values: Record<string, unknown> | undefined } | { ok: false; error: string };

/** The object to send for a values text; an empty document removes the field. */
export const parseValuesText = (text: string): ParsedValues => {
  if (text.trim() === '') return { ok: true, values: undefined };
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { ok: false, error: doc.errors[0].message.split('\n')[0] };
  const values: unknown = doc.toJS({ maxAliasCount: 1000 });
  if (values === null || values === undefined) return { ok: true, values: undefined };
  if (typeof values !== 'object' || Array.isArray(values)) {
    return { ok: false, error: 'not-a-mapping' };
  }
  return { ok: true, values: values as Record<string, unknown> };
};
