import type { ValuesPath } from './schemaAtPath';
import { locateInSource, parseValuesPath } from './locateValuesPath';
import type { Diagnostic, DiagnosticCode, Range } from './types';
import { parseValuesSource } from './yamlSource';

/** The parts of a Kubernetes `Status` failure that say which fields were refused. */
type StatusLike = {
  code?: number;
  reason?: string;
  message?: string;
  details?: { causes?: { field?: string; message?: string; reason?: string }[] };
};

export type ServerFindings = {
  /** Refusals of fields inside the edited values, placed in the document. */
  diagnostics: Diagnostic[];
  /** Messages about anything else (other spec fields, the whole object), for a page-level alert. */
  other: string[];
};

// Cause reasons of the API server (metav1.CauseType) mapped to our closest diagnostic code.
const CODE_OF_REASON: Record<string, DiagnosticCode> = {
  FieldValueNotSupported: 'enum',
  FieldValueRequired: 'required',
  FieldValueTypeInvalid: 'type',
  FieldValueTooLong: 'max-length',
  FieldValueTooMany: 'max-items',
  FieldValueDuplicate: 'duplicate-key',
};

/** Our closest diagnostic code for one cause of a 422 Invalid answer. */
export const codeOfServerCause = (cause: { reason?: string; message?: string }): DiagnosticCode => {
  const mapped = CODE_OF_REASON[cause.reason ?? ''];
  if (mapped) return mapped;
  const message = cause.message ?? '';
  if (/must be of type/.test(message)) return 'type';
  if (/greater than or equal/.test(message)) return 'minimum';
  if (/less than or equal/.test(message)) return 'maximum';
  // Everything else the structural schema reports as Invalid comes from validation rules.
  return 'cel';
};

const STRICT_FIELD = /(unknown|duplicate) field "([^"]+)"/g;

/**
 * The fields named by a `fieldValidation=Strict` 400, e.g.
 * `strict decoding error: unknown field "spec.values.pilot.foo", unknown field "spec.bar"`.
 */
export const strictDecodingFields = (
  message: string,
): { field: string; problem: 'unknown' | 'duplicate' }[] =>
  [...message.matchAll(STRICT_FIELD)].map(([, problem, field]) => ({
    field,
    problem: problem as 'unknown' | 'duplicate',
  }));

const START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** `spec.values.pilot.env[0].name` → `pilot.env[0].name` when under `spec.<field>`, else undefined. */
export const valuesPathOfField = (
  fieldPath: string,
  field: 'values' | 'rawValues' = 'values',
): string | undefined => {
  const prefix = `spec.${field}`;
  if (fieldPath === prefix) return '';
  if (fieldPath.startsWith(`${prefix}.`)) return fieldPath.slice(prefix.length + 1);
  return fieldPath.startsWith(`${prefix}[`) ? fieldPath.slice(prefix.length) : undefined;
};

const lastKey = (segments: ValuesPath): string => {
  const key = [...segments].reverse().find((s) => typeof s === 'string');
  return typeof key === 'string' ? key : '';
};

/**
 * The refusals in an API server error (a dry-run or a save) as diagnostics on the values document
 * `text` of `spec.<field>`: 422 `details.causes[].field` and the "unknown field" list of a
 * `fieldValidation=Strict` 400. Each is placed on its key, or on the deepest ancestor written.
 */
export const diagnosticsFromServerError = (
  status: unknown,
  text: string,
  field: 'values' | 'rawValues' = 'values',
): ServerFindings => {
  const found: ServerFindings = { diagnostics: [], other: [] };
  if (!status || typeof status !== 'object') return found;
  const { message = '', details } = status as StatusLike;
  const source = parseValuesSource(text);
  const place = (path: string, code: DiagnosticCode, params: Diagnostic['params'], why: string) => {
    const segments = parseValuesPath(path) ?? [];
    const range = locateInSource(source, segments)?.range ?? START;
    found.diagnostics.push({ path, range, severity: 'error', code, message: why, params });
  };
  const unknown = strictDecodingFields(message)
    .filter((found) => found.problem === 'unknown')
    .map((found) => found.field);
  for (const fieldPath of unknown) {
    const path = valuesPathOfField(fieldPath, field);
    if (path === undefined) found.other.push(`unknown field "${fieldPath}"`);
    else {
      const key = lastKey(parseValuesPath(path) ?? [path]);
      place(
        path,
        'unknown-key',
        { key, mode: 'strict', source: 'server' },
        `unknown field "${fieldPath}"`,
      );
    }
  }
  for (const cause of details?.causes ?? []) {
    const path = cause.field ? valuesPathOfField(cause.field, field) : undefined;
    const why = cause.message ?? cause.reason ?? '';
    if (path === undefined) {
      if (unknown.length === 0) found.other.push(cause.field ? `${cause.field}: ${why}` : why);
      continue;
    }
    if (cause.reason === 'FieldValueUnknown' || /^unknown field/.test(why)) continue;
    const code = codeOfServerCause(cause);
    place(path, code, { source: 'server', serverMessage: why, reason: cause.reason ?? '' }, why);
  }
  if (found.diagnostics.length === 0 && found.other.length === 0 && message)
    found.other.push(message);
  return found;
};
