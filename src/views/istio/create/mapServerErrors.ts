import {
  codeOfServerCause,
  strictDecodingFields,
  valuesPathOfField,
} from '../../../domain/schema/serverDiagnostics';
import type { Diagnostic, DiagnosticCode } from '../../../domain/schema/types';
import type { FormField } from './formState';
import type { IstioApi } from './istioApis';
import type { ServerStatus } from './serverStatus';
import { readServerStatus } from './serverStatus';

export type ServerErrorKind =
  | 'invalid'
  | 'unknown-fields'
  | 'already-exists'
  | 'forbidden'
  | 'namespace-not-found'
  | 'server'
  | 'network'
  | 'other';

export type FieldMessage = { field: FormField; message: string };

/** A rejected request, sorted into what belongs next to which field. */
export type MappedServerError = {
  kind: ServerErrorKind;
  code?: number;
  /** The server's own summary. */
  message: string;
  fieldMessages: FieldMessage[];
  /** Markers for the values editor, paths relative to `spec.values`. */
  valuesDiagnostics: Diagnostic[];
  /** Problems that name no field of the form; shown in the page's alert. */
  unmapped: string[];
};

// The server names no position; the values editor places a marker by path.
const NO_RANGE = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

const under = (field: string, prefix: string) =>
  field === prefix || field.startsWith(`${prefix}.`) || field.startsWith(`${prefix}[`);

/** The form field a server path belongs to, other than `spec.values` (see `valuesPathOfField`). */
export const formFieldOf = (field: string, api: IstioApi): FormField | undefined => {
  if (field === 'metadata.name') return 'name';
  if (field === api.namespaceField) return 'namespace';
  if (field === 'spec.version') return 'version';
  if (field === 'spec.profile') return 'profile';
  if (api.hasUpdateStrategy) {
    if (field === 'spec.updateStrategy.inactiveRevisionDeletionGracePeriodSeconds')
      return 'gracePeriodSeconds';
    if (under(field, 'spec.updateStrategy')) return 'updateStrategy';
  }
  if (api.hasRawValues && under(field, 'spec.rawValues')) return 'rawValues';
  return undefined;
};

type Problem = { field: string; message: string; code: DiagnosticCode; key?: string };

const sortProblems = (problems: Problem[], api: IstioApi) => {
  const fieldMessages: FieldMessage[] = [];
  const valuesDiagnostics: Diagnostic[] = [];
  const unmapped: string[] = [];
  for (const problem of problems) {
    const path = valuesPathOfField(problem.field);
    if (path !== undefined) {
      const key = problem.key ?? path.split(/[.[]/).pop() ?? path;
      valuesDiagnostics.push({
        path,
        range: NO_RANGE,
        severity: 'error',
        code: problem.code,
        message: problem.message,
        params:
          problem.code === 'unknown-key'
            ? { key, mode: 'strict', source: 'server' }
            : { source: 'server', serverMessage: problem.message },
      });
      continue;
    }
    const field = formFieldOf(problem.field, api);
    if (field) fieldMessages.push({ field, message: problem.message });
    else unmapped.push(problem.field ? `${problem.field}: ${problem.message}` : problem.message);
  }
  return { fieldMessages, valuesDiagnostics, unmapped };
};

/** `strict decoding error: unknown field "spec.values.pilot.foo", unknown field "spec.bar"`. */
export const strictDecodingProblems = (message: string): Problem[] =>
  strictDecodingFields(message).map(({ field, problem }) => ({
    field,
    code: problem === 'unknown' ? 'unknown-key' : 'duplicate-key',
    message: `${problem === 'unknown' ? 'Unknown' : 'Duplicate'} field "${field}"`,
    key: field.split('.').pop(),
  }));

const kindOf = (status: ServerStatus): ServerErrorKind => {
  if (status.code === undefined) return 'network';
  if (status.reason === 'AlreadyExists') return 'already-exists';
  if (status.code === 403 || status.reason === 'Forbidden') return 'forbidden';
  if (status.code === 404 && status.detailsKind === 'namespaces') return 'namespace-not-found';
  if (status.code === 422 || status.reason === 'Invalid') return 'invalid';
  if (status.code === 400 && strictDecodingFields(status.message).length > 0)
    return 'unknown-fields';
  if (status.code >= 500) return 'server';
  return 'other';
};

/** Sorts a failed dry-run or create into field messages, values markers and the rest. */
export const mapServerError = (error: unknown, api: IstioApi): MappedServerError => {
  const status = readServerStatus(error);
  const kind = kindOf(status);
  const base = { kind, code: status.code, message: status.message };
  const problems: Problem[] = [];
  if (kind === 'invalid') {
    for (const cause of status.causes) {
      problems.push({
        field: cause.field ?? '',
        message: cause.message ?? status.message,
        code: codeOfServerCause(cause),
      });
    }
    if (problems.length === 0) problems.push({ field: '', message: status.message, code: 'cel' });
  } else if (kind === 'unknown-fields') {
    problems.push(...strictDecodingProblems(status.message));
  } else if (kind === 'already-exists') {
    problems.push({ field: 'metadata.name', message: status.message, code: 'cel' });
  } else if (kind === 'namespace-not-found') {
    problems.push({ field: api.namespaceField, message: status.message, code: 'cel' });
  }
  return { ...base, ...sortProblems(problems, api) };
};
