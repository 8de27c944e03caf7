import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
  type YAMLError,
} from 'yaml';
import type { Diagnostic, Range } from './types';

/** A parsed values document with what is needed to turn offsets into editor ranges. */
export type ValuesSource = {
  doc: Document.Parsed;
  textLength: number;
  lineCounter: LineCounter;
};

export const parseValuesSource = (text: string): ValuesSource => {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    // Duplicates are reported with their path by the walk, not as a parse failure.
    uniqueKeys: false,
    prettyErrors: false,
  });
  return { doc, textLength: text.length, lineCounter };
};

export const rangeOfOffsets = (source: ValuesSource, start: number, end: number): Range => {
  const clamp = (offset: number) => Math.max(0, Math.min(offset, source.textLength));
  const from = source.lineCounter.linePos(clamp(start));
  const to = source.lineCounter.linePos(clamp(Math.max(start, end)));
  return {
    start: { line: from.line, column: from.col },
    end: { line: to.line, column: to.col },
  };
};

/** The range of a node's value, without trailing comments. */
export const rangeOfNode = (
  source: ValuesSource,
  node: { range?: [number, number, number] | null } | null | undefined,
): Range => {
  const range = node?.range;
  return range ? rangeOfOffsets(source, range[0], range[1]) : rangeOfOffsets(source, 0, 0);
};

// Why a parse failed, in words that do not depend on the parser's own codes.
const syntaxMessage = (error: YAMLError): string => {
  const firstLine = error.message.split('\n')[0];
  return firstLine.replace(/ at line \d+, column \d+:?$/, '');
};

/** Every parse error and warning the YAML parser reports, with its range. */
export const syntaxDiagnostics = (source: ValuesSource): Diagnostic[] => {
  const toDiagnostic = (error: YAMLError, severity: 'error' | 'warning'): Diagnostic => ({
    path: '',
    range: rangeOfOffsets(source, error.pos[0], error.pos[1]),
    severity,
    code: 'yaml-syntax',
    message: syntaxMessage(error),
    params: { parserCode: error.code },
  });
  return [
    ...source.doc.errors.map((e) => toDiagnostic(e, 'error')),
    ...source.doc.warnings.map((w) => toDiagnostic(w, 'warning')),
  ];
};

const keyText = (key: unknown): string | undefined => {
  if (isScalar(key)) return typeof key.value === 'string' ? key.value : undefined;
  return typeof key === 'string' ? key : undefined;
};

/** The node at a path of mapping keys, or undefined when the document does not have it. */
export const findNodeAt = (root: unknown, keys: readonly string[]): YamlNode | undefined => {
  let node: unknown = root;
  for (const key of keys) {
    if (isAlias(node)) return undefined;
    if (!isMap(node)) return undefined;
    const pair = node.items.find((p) => keyText(p.key) === key);
    if (!pair) return undefined;
    node = pair.value;
  }
  return isNode(node) ? node : undefined;
};
