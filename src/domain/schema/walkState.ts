import type { Node as YamlNode } from 'yaml';
import type { Issue } from './scalarRules';
import type { SchemaIndex } from './schemaIndex';
import type { Diagnostic, Range, Severity, UnknownKeyMode } from './types';
import { rangeOfNode, type ValuesSource } from './yamlSource';

/** Shared state of one diagnosis pass over a values document. */
export type WalkState = {
  source: ValuesSource;
  index: SchemaIndex;
  unknownKeys: UnknownKeyMode;
  /** Transition rules run only on update, against the stored values. */
  operation: 'create' | 'update';
  diagnostics: Diagnostic[];
  /** Nodes visited through aliases so far, to stop entity-expansion documents early. */
  aliasWork: number;
  aliasLimitReported: boolean;
  /** While inside an alias, findings point at the alias the user wrote, not at the anchor. */
  aliasRange?: Range;
  /** Rules already reported as not evaluable, so each is mentioned once per document. */
  unsupportedRules: Set<string>;
};

/** Deeper than any Sail Operator schema (12) by far; past this nothing is checked. */
export const MAX_DEPTH = 100;

/** Nodes an alias may expand to, summed over the document, before checking stops. */
export const ALIAS_WORK_LIMIT = 10_000;

export const rangeIn = (state: WalkState, node: YamlNode | null | undefined): Range =>
  state.aliasRange ?? rangeOfNode(state.source, node);

export const report = (
  state: WalkState,
  path: string,
  range: Range,
  severity: Severity,
  issue: Issue,
): void => {
  state.diagnostics.push({ path, range, severity, ...issue });
};

export { appendPathSegment as childPath } from '../valuesPath';
