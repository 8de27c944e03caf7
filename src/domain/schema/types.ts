/** 1-based, as Monaco counts lines and columns. */
export type Position = { line: number; column: number };

export type Range = { start: Position; end: Position };

export type Severity = 'error' | 'warning' | 'info';

export type DiagnosticCode =
  | 'yaml-syntax'
  | 'type'
  | 'enum'
  | 'required'
  | 'pattern'
  | 'format'
  | 'minimum'
  | 'maximum'
  | 'min-length'
  | 'max-length'
  | 'min-items'
  | 'max-items'
  | 'min-properties'
  | 'max-properties'
  | 'unknown-key'
  | 'duplicate-key'
  /** The same value twice in an x-kubernetes-list-type set, or the same keys twice in a map list. */
  | 'duplicate-item'
  | 'non-string-key'
  | 'cel'
  /** A validation rule this editor cannot evaluate (unsupported function, syntax); the server still will. */
  | 'cel-unsupported'
  | 'too-deep'
  /** Aliases expand to more nodes than is safe to check (an entity-expansion document). */
  | 'alias-limit';

/**
 * One finding about a values document. `message` is English for logs and tests; pages render
 * their own translated text from `code` and `params`.
 */
export type Diagnostic = {
  /** Dotted path with [i] for array items, e.g. `pilot.env[0].name`; '' for the document root. */
  path: string;
  range: Range;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  params: Record<string, string | number>;
  /** "Did you mean" candidate for unknown keys and near-miss enum values. */
  suggestion?: string;
};

/** Whether unknown keys are reported as the server's default (dropped, warning) or as Strict (error). */
export type UnknownKeyMode = 'warn' | 'strict';
