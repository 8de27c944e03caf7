import { parseAllDocuments, stringify } from 'yaml';

export type YamlProblemCode =
  'yaml-syntax' | 'not-a-mapping' | 'multiple-documents' | 'empty' | 'wrong-kind';

/** Why a text could not become an object; `message` is the parser's English text. */
export type YamlProblem = { code: YamlProblemCode; message?: string; line?: number };

export type ParsedYaml<T> =
  { value: T; problem?: undefined } | { value?: undefined; problem: YamlProblem };

type PlainObject = Record<string, unknown>;

const isPlainObject = (value: unknown): value is PlainObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Block-style YAML, long strings kept on one line so a round trip does not reflow them. */
export const toYaml = (value: unknown): string => stringify(value, { lineWidth: 0 });

type ParsedDocument =
  | { empty: true; problem?: undefined; value?: undefined }
  | { empty: false; problem: YamlProblem; value?: undefined }
  | { empty: false; problem?: undefined; value: unknown };

const parseSingleDocument = (text: string): ParsedDocument => {
  const documents = parseAllDocuments(text);
  // parseAllDocuments returns an EmptyStream (no documents) for blank or comment-only text.
  if (!Array.isArray(documents) || documents.length === 0) return { empty: true };
  if (documents.length > 1) return { empty: false, problem: { code: 'multiple-documents' } };
  const [document] = documents;
  const [error] = document.errors;
  if (error) {
    return {
      empty: false,
      problem: { code: 'yaml-syntax', message: error.message, line: error.linePos?.[0]?.line },
    };
  }
  const value: unknown = document.toJS();
  if (value === null || value === undefined) return { empty: true };
  return { empty: false, value };
};

/**
 * A Helm values text as an object. Blank text (or only comments, or `null`) means "no values";
 * anything but a mapping is a problem.
 */
export const parseValuesText = (text: string): ParsedYaml<PlainObject | undefined> => {
  const parsed = parseSingleDocument(text);
  if (parsed.empty) return { value: undefined };
  if (parsed.problem) return { problem: parsed.problem };
  if (!isPlainObject(parsed.value)) return { problem: { code: 'not-a-mapping' } };
  return { value: parsed.value };
};

/** Values as the editor shows them: nothing for absent values, `{}` for an explicit empty map. */
export const valuesToText = (values: unknown): string =>
  values === undefined ? '' : toYaml(values);

/** A whole resource typed in the YAML view, checked to be the kind this page creates. */
export const parseResourceYaml = (
  text: string,
  expected: { apiVersion: string; kind: string },
): ParsedYaml<PlainObject> => {
  const parsed = parseSingleDocument(text);
  if (parsed.empty) return { problem: { code: 'empty' } };
  if (parsed.problem) return { problem: parsed.problem };
  if (!isPlainObject(parsed.value)) return { problem: { code: 'not-a-mapping' } };
  const { apiVersion, kind } = parsed.value;
  if (apiVersion !== expected.apiVersion || kind !== expected.kind) {
    return {
      problem: {
        code: 'wrong-kind',
        message: `${String(apiVersion)} ${String(kind)}`,
      },
    };
  }
  return { value: parsed.value };
};
