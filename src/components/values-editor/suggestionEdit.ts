import { yamlScalarText } from '../../domain/schema/describeSchema';
import type { Diagnostic, Range } from '../../domain/schema/types';

/** The edit that applies a diagnostic's "did you mean": the key, value or text it proposes. */
export const suggestionEdit = (d: Diagnostic): { range: Range; text: string } | undefined => {
  if (d.suggestion === undefined) return undefined;
  // Enum suggestions are values and need quoting when YAML would read them otherwise;
  // type suggestions are already written as YAML.
  const text = d.code === 'enum' ? yamlScalarText(d.suggestion) : d.suggestion;
  return { range: d.range, text };
};
